// @vitest-environment node
// `mingbai scan` options in-process (main() from src/cli/main.ts, the code the built command
// runs): sensitivity, --fail-on, usage errors, mixed directories, charset mislabels, memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/display-width';
import { CONSENT_PAGE, PLAIN_PAGE, WORDS_PAGE, runInProcess as run, scratchDir } from './cli-fixtures';
import { CAUTION_WORD, LICENCE, foodShop, testPack } from './test-pack';

const { dir, write } = scratchDir();
let pack: string;

beforeAll(() => {
  pack = write('packs/clitest.json', JSON.stringify(testPack()));
});

describe('sensitivity and --fail-on', { timeout: 60_000 }, () => {
  const severities = async (args: string[]) => {
    const r = await run(['scan', write('words.html', WORDS_PAGE), '--rules', pack, '--json', ...args]);
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout)
      .pages[0].findings.map((f: { severity: string }) => f.severity)
      .sort();
  };

  it('relaxed shows danger, standard caution and danger, elder everything', async () => {
    expect(await severities(['--sensitivity', 'relaxed'])).toEqual(['danger']);
    expect(await severities([])).toEqual(['caution', 'danger']);
    expect(await severities(['--sensitivity', 'elder'])).toEqual(['caution', 'danger', 'info']);
  });

  it('exit 1 only when a shown finding reaches the --fail-on severity', async () => {
    const caution = write('caution.html', `<p>${CAUTION_WORD}</p>`);
    expect((await run(['scan', caution, '--rules', pack, '--fail-on', 'danger'])).status).toBe(0);
    const failed = await run(['scan', caution, '--rules', pack, '--fail-on', 'caution']);
    expect(failed.status).toBe(1);
    expect(failed.errLines).toEqual([expect.stringContaining('--fail-on')]);
    // Hidden by the profile → does not fail the run.
    expect((await run(['scan', caution, '--rules', pack, '--fail-on', 'caution', '--sensitivity', 'relaxed'])).status).toBe(0);
    expect((await run(['scan', write('plain.html', PLAIN_PAGE), '--rules', pack, '--fail-on', 'info'])).status).toBe(0);
  });
});

describe('usage errors: exit 2, one line', { timeout: 60_000 }, () => {
  it.each([
    [['scan', 'a.html', '--loud'], /--loud/],
    [['scan', 'a.html', '--sensitivity', 'loud'], /--sensitivity/],
    [['scan', 'a.html', '--today', '27/11/2026'], /--today/],
    [['scan'], /no file/],
    [['rules', 'validate'], /rules validate/],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(message)]);
  });

  it('--url with several pages', async () => {
    write('two/a.html', PLAIN_PAGE);
    write('two/b.html', PLAIN_PAGE);
    const r = await run(['scan', join(dir, 'two'), '--url', 'https://example.cn/']);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('--url')]);
  });

  it('a pack that is not JSON, and a directory without pages', async () => {
    const garbage = await run(['scan', write('plain.html', PLAIN_PAGE), '--rules', write('packs/garbage.json', '{ nope')]);
    expect(garbage.status).toBe(2);
    expect(garbage.errLines).toEqual([expect.stringMatching(/garbage\.json.*not valid JSON/)]);
    write('empty/readme.txt', 'nothing');
    const empty = await run(['scan', join(dir, 'empty')]);
    expect(empty.status).toBe(2);
    expect(empty.errLines).toEqual([expect.stringMatching(/empty.*no \.html or \.htm files/)]);
  });

  it('a --memory path that is a directory', async () => {
    mkdirSync(join(dir, 'memdir'), { recursive: true });
    const r = await run(['scan', write('plain.html', PLAIN_PAGE), '--memory', join(dir, 'memdir')]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('memdir')]);
  });
});

describe('pages', { timeout: 60_000 }, () => {
  it('one unreadable page among good ones: the others are still reported, exit 2', async () => {
    write('mixed/good.html', CONSENT_PAGE);
    write('mixed/bad.html', new Uint8Array(64).fill(0));
    const r = await run(['scan', join(dir, 'mixed'), '--json']);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.pages.map((p: { file: string }) => p.file)).toEqual([join(dir, 'mixed/good.html')]);
    expect(doc.skipped).toEqual([expect.objectContaining({ file: join(dir, 'mixed/bad.html'), problem: 'not-html' })]);
    expect(r.errLines).toEqual([expect.stringContaining('bad.html')]);
  });

  it('a page nested thousands of levels deep is refused before parsing, exit 2', async () => {
    const r = await run([
      'scan',
      write('deep.html', `<html><body>${'<div>'.repeat(50_000)}秒批到账${'</div>'.repeat(50_000)}</body></html>`),
    ]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/deep\.html.*nested more than 2000 levels/)]);
  });

  it('a page that declares gb2312 but is UTF-8 reads as UTF-8', async () => {
    const r = await run([
      'scan',
      write('mislabelled.html', CONSENT_PAGE.replace('charset="utf-8"', 'charset="gb2312"')),
      '--json',
    ]);
    const [p] = JSON.parse(r.stdout).pages;
    expect(p.encoding).toBe('utf-8');
    expect(p.encodingNote).toMatch(/gb2312/);
    expect(JSON.stringify(p.findings)).toContain('同意开通自动续费');
  });

  it('the licence memory is shared across the files of one run, even without --memory', async () => {
    write('shops/a.html', foodShop('老王麻辣烫', LICENCE));
    write('shops/b.html', foodShop('好味炸鸡', LICENCE));
    const shared = (stdout: string) =>
      JSON.parse(stdout).pages.map((p: { findings: Array<{ risk: string }> }) =>
        p.findings.some((f) => f.risk === 'food.license-shared'),
      );
    expect(shared((await run(['scan', join(dir, 'shops'), '--rules', pack, '--json'])).stdout)).toEqual([false, true]);
    expect(shared((await run(['scan', join(dir, 'shops/b.html'), '--rules', pack, '--json'])).stdout)).toEqual([false]);
  });

  it('the text report aligns its labels and sums up several pages', async () => {
    write('report/a.html', CONSENT_PAGE);
    write('report/b.html', PLAIN_PAGE);
    const r = await run(['scan', join(dir, 'report')]);
    expect(r.status).toBe(0);
    const valueColumn = (label: string) => {
      const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith(label))!;
      const gap = /\S\s{2,}(?=\S)/.exec(line)!;
      return displayWidth(line.slice(0, gap.index + gap[0].length));
    };
    expect(valueColumn('这是什么')).toBe(valueColumn('怎么办'));
    expect(r.stdout).toContain('共 2 个页面，1 个有提醒。');
  });
});
