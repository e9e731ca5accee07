// @vitest-environment node
// Unit tests of the CLI's own modules: display width, charset detection, the licence memory
// file, argument checks. The built command is tested in mingbai-cli.test.ts.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, looksLikeHtml } from '../../src/cli/decode-html';
import { displayWidth, padToWidth, truncateToWidth, wrapToWidth } from '../../src/cli/display-width';
import { BoundedLicenceMemory, loadLicenceMemory, saveLicenceMemory } from '../../src/cli/licence-memory-file';
import { MAX_NESTING_DEPTH, estimateNestingDepth } from '../../src/cli/nesting-depth';
import { pageAddress } from '../../src/cli/page-address';
import { isIsoDate, parseScanArgs } from '../../src/cli/scan-args';
import { renderTable } from '../../src/cli/text-report';
import { encodeGbk } from './gbk-encode';
import { PNG_HEAD } from './cli-fixtures';

describe('display width', () => {
  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('你好')).toBe(4);
    expect(displayWidth('日息0.02%，')).toBe(4 + 5 + 2);
    expect(displayWidth('e\u0301')).toBe(1);
  });
  it('pads, truncates and wraps by columns', () => {
    expect(padToWidth('文件', 6)).toBe('文件  ');
    expect(displayWidth(truncateToWidth('一二三四五六七八', 9))).toBeLessThanOrEqual(9);
    expect(truncateToWidth('一二三四五六七八', 9).endsWith('…')).toBe(true);
    const lines = wrapToWidth('页面默认帮您勾选了付费、自动续费或共享个人信息，不取消就等于同意。', 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe('页面默认帮您勾选了付费、自动续费或共享个人信息，不取消就等于同意。');
    expect(wrapToWidth('keep words whole please', 11)).toEqual(['keep words', 'whole', 'please']);
  });
  it('aligns table columns when cells mix Chinese and ASCII', () => {
    const [header, , row1, row2] = renderTable(
      ['文件', 'kind'],
      [
        ['贷款页.html', 'loan'],
        ['a.html', 'other'],
      ],
    );
    const column = (line: string) => displayWidth(line.slice(0, line.search(/(loan|other|kind)$/)));
    expect(column(row1!)).toBe(column(row2!));
    expect(column(header!)).toBe(column(row1!));
  });
});

describe('charset detection', () => {
  const page = (charset: string, body: string) =>
    `<html><head><meta charset="${charset}"><title>测试</title></head><body><p>${body}</p></body></html>`;

  it('the GBK test encoder agrees with known bytes (你好 = c4 e3 ba c3)', () => {
    expect([...encodeGbk('你好')]).toEqual([0xc4, 0xe3, 0xba, 0xc3]);
  });
  it('reads a GBK page declared gbk or gb2312', () => {
    for (const charset of ['gbk', 'gb2312', 'GB2312']) {
      const decoded = decodeHtml(encodeGbk(page(charset, '日息低至万分之五，秒批到账')));
      expect(decoded.text).toContain('日息低至万分之五，秒批到账');
      expect(decoded.encoding).toBe('gb18030');
    }
  });
  it('reads a page that declares gb2312 but is UTF-8 as UTF-8, with a note', () => {
    const decoded = decodeHtml(new TextEncoder().encode(page('gb2312', '腾讯新闻：消费提示')));
    expect(decoded.text).toContain('腾讯新闻：消费提示');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.note).toMatch(/gb2312/);
  });
  it('reads a GBK page declared UTF-8 as GBK, but keeps UTF-8 for a stray bad byte', () => {
    const gbk = decodeHtml(encodeGbk(page('utf-8', '这家店铺的食品经营许可证编号与营业执照主体一致，欢迎下单')));
    expect(gbk.text).toContain('食品经营许可证编号');
    const stray = new Uint8Array([...new TextEncoder().encode(page('utf-8', '正常的中文页面')), 0xff]);
    expect(decodeHtml(stray).text).toContain('正常的中文页面');
  });
  it('reads an undeclared GBK page and honours a UTF-8 BOM', () => {
    expect(decodeHtml(encodeGbk('<html><body><p>外卖店铺</p></body></html>')).text).toContain('外卖店铺');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>你好</p>')])).text).toBe('<p>你好</p>');
  });
  it('tells HTML from binary data', () => {
    expect(looksLikeHtml('<!doctype html><html><body>x</body></html>')).toBe(true);
    const png = new Uint8Array([...PNG_HEAD, ...Array(200).fill(7)]);
    expect(looksLikeHtml(decodeHtml(png).text)).toBe(false);
    expect(looksLikeHtml('just some words, no markup at all')).toBe(false);
  });
});

describe('licence memory file', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'mingbai-mem-'));

  it('keeps the most recently seen licences and names within its bounds', () => {
    const memory = new BoundedLicenceMemory({ maxLicences: 2, maxNamesPerLicence: 2 });
    memory.record('JY1', 'A');
    memory.record('JY2', 'B');
    memory.record('JY1', 'C'); // JY1 seen again: JY2 is now the oldest
    memory.record('JY3', 'D');
    expect(memory.namesFor('JY2')).toEqual([]);
    expect(memory.namesFor('JY1')).toEqual(['A', 'C']);
    memory.record('JY1', 'E');
    expect(memory.namesFor('JY1')).toEqual(['C', 'E']);
    memory.record('JY1', 'x'.repeat(500)); // not a shop name: ignored
    expect(memory.namesFor('JY1')).toEqual(['C', 'E']);
  });
  it('round-trips through the file, keeping the order, and writes no temporary files', () => {
    const d = dir();
    const file = join(d, 'memory.json');
    const memory = new BoundedLicenceMemory();
    memory.record('JY14401060012345', '老王麻辣烫');
    memory.record('JY14401060012345', '好味炸鸡');
    saveLicenceMemory(file, memory);
    expect(readdirSync(d)).toEqual(['memory.json']);
    const loaded = loadLicenceMemory(file);
    expect(loaded.corrupt).toBeUndefined();
    expect(loaded.memory.namesFor('JY14401060012345')).toEqual(['老王麻辣烫', '好味炸鸡']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      format: 'mingbai-licence-memory',
      version: 1,
      licences: [{ licence: 'JY14401060012345', names: ['老王麻辣烫', '好味炸鸡'] }],
    });
  });
  it('a corrupt file gives a fresh memory and a backup, never a throw', () => {
    for (const content of ['{oops', '{"format":"mingbai-licence-memory","version":1,"licences":[{"licence":3}]}', '[]']) {
      const d = dir();
      const file = join(d, 'memory.json');
      writeFileSync(file, content);
      const loaded = loadLicenceMemory(file);
      expect(loaded.corrupt?.backup).toBe(`${file}.corrupt`);
      expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe(content);
      expect(loaded.memory.size).toBe(0);
      // A second corrupt load does not overwrite the first backup.
      expect(loadLicenceMemory(file).corrupt?.backup).toBe(`${file}.corrupt.1`);
    }
  });
  it('a missing file is an empty memory', () => {
    expect(loadLicenceMemory(join(dir(), 'none.json')).memory.size).toBe(0);
  });
});

describe('scan arguments', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
  it('rejects bad values with one clear line', () => {
    expect(() => parseScanArgs(['a.html', '--sensitivity', 'loud'])).toThrow(/--sensitivity "loud".*relaxed, standard, elder/);
    expect(() => parseScanArgs(['a.html', '--fail-on', 'warn'])).toThrow(/--fail-on/);
    expect(() => parseScanArgs(['a.html', '--today', '2026-13-01'])).toThrow(/--today/);
    expect(() => parseScanArgs(['a.html', '--url', 'not a url'])).toThrow(/--url/);
    expect(() => parseScanArgs(['a.html', '--frobnicate'])).toThrow(/frobnicate/);
    expect(() => parseScanArgs([])).toThrow(/no file/);
    expect(parseScanArgs(['a', '--rules', 'x.json', '--rules', 'y.json']).rules).toEqual(['x.json', 'y.json']);
  });
});

describe('page address', () => {
  it('uses the address a browser or SingleFile recorded, else the file URL', () => {
    expect(pageAddress('<!-- saved from url=(0029)https://loan.example.cn/apply -->\n<html>', 'x.html')).toBe(
      'https://loan.example.cn/apply',
    );
    expect(
      pageAddress(
        '<html><!--\n Page saved with SingleFile \n url: https://shop.example.cn/s/1 \n saved date: x --><head>',
        'x.html',
      ),
    ).toBe('https://shop.example.cn/s/1');
    expect(pageAddress('<link rel="canonical" href="https://news.example.cn/a.html">', 'x.html')).toBe(
      'https://news.example.cn/a.html',
    );
    expect(pageAddress('<html></html>', '/tmp/x.html')).toBe('file:///tmp/x.html');
  });
});

describe('nesting depth estimate', () => {
  it('counts nested elements, not void, optional-end, raw-text or commented tags', () => {
    expect(estimateNestingDepth('<html><body><div><section><span>x</span></section></div></body></html>')).toBe(3);
    expect(estimateNestingDepth('<ul>' + '<li>item<br><img src=a.png>'.repeat(5000) + '</ul>')).toBe(1);
    expect(estimateNestingDepth('<p>one<p>two<p>three')).toBe(0);
    expect(estimateNestingDepth('<script>' + '<div>'.repeat(5000) + '</script><!-- <div><div> --><div></div>')).toBe(1);
  });
  it('stops once past the limit on a hostile page', () => {
    const hostile = '<div>'.repeat(100_000);
    expect(estimateNestingDepth(hostile)).toBe(MAX_NESTING_DEPTH + 1);
  });
});
