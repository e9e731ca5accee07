// @vitest-environment node
// The built `mingbai` command (dist/cli/mingbai.mjs, built once here by the real build script),
// run as a child process over pages written by the test (concurrently: each test writes its own
// files). Assertions rely on the common pack's
// pre-checked-consent rule and on our own pack (test-pack.ts), so they hold while the domain
// packs change. The option matrix runs in-process in scan-command.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { CONSENT_PAGE, PLAIN_PAGE, PNG_BYTES, WORDS_PAGE, builtCli, root, runBuilt, scratchDir } from './cli-fixtures';
import { encodeGbk } from './gbk-encode';
import { memoryScans } from './memory-scan';
import { DANGER_WORD, LICENCE, testPack } from './test-pack';

const scratch = scratchDir();
const { write } = scratch;
const run = (args: string[]) => runBuilt(args, scratch.dir);
let pack: string;
const { memoryIn, scanArgs } = memoryScans(scratch, () => pack);

// Other work on the machine can make each process slow to start; these are generous.
const SLOW = 300_000;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-cli.ts')], {
    cwd: root,
    stdio: 'pipe',
  });
  pack = write('packs/clitest.json', JSON.stringify(testPack(), null, 2));
}, SLOW);

describe.concurrent('mingbai (built)', { timeout: SLOW }, () => {
  it('is the package bin, with a shebang', async ({ expect }) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(join(root, pkg.bin.mingbai)).toBe(builtCli);
    expect(readFileSync(builtCli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help and --version', async ({ expect }) => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('mingbai scan');
    expect(help.stdout).toContain('mingbai rules check');
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('an unknown command is exit 2 with one line', async ({ expect }) => {
    const r = await run(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('frobnicate')]);
  });
});

describe.concurrent('mingbai scan (built)', { timeout: SLOW }, () => {
  it('--json prints exactly one document of the documented shape', async ({ expect }) => {
    const page = write('json/consent.html', CONSENT_PAGE);
    const r = await run(['scan', page, '--json', '--url', 'https://music.example.cn/vip', '--today', '2026-03-01']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      sensitivity: 'standard',
      today: '2026-03-01',
      skipped: [],
      summary: { pages: 1, pagesWithFindings: 1 },
    });
    expect(doc.pages).toHaveLength(1);
    const [p] = doc.pages;
    expect(p).toMatchObject({ file: page, url: 'https://music.example.cn/vip', encoding: 'utf-8' });
    expect(['loan', 'food-delivery', 'training-course', 'other']).toContain(p.kind);
    const consent = p.findings.find((f: { risk: string }) => f.risk === 'common.prechecked-consent');
    expect(consent).toMatchObject({
      ruleId: 'common.prechecked-consent.commitment',
      severity: 'caution',
      title: '这个框已经替您勾好了',
    });
    expect(consent.sources[0]).toMatchObject({
      issuer: expect.any(String),
      document: expect.any(String),
      date: expect.any(String),
    });
    const evidence = consent.evidence.map((e: { text: string }) => e.text).join(' ');
    expect(evidence).toContain('自动续费');
    expect(evidence).not.toContain('记住我');
    for (const key of ['parse', 'snapshot', 'match', 'classify', 'evaluate']) expect(typeof p.timings[key]).toBe('number');
  });

  it('the human report: Chinese by default, English with --lang en, no progress bar in a pipe', async ({ expect }) => {
    const page = write('human/consent.html', CONSENT_PAGE);
    const zh = await run(['scan', page]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('这个框已经替您勾好了');
    expect(zh.stdout).toContain('12315');
    expect(zh.stdout).toContain('《中华人民共和国电子商务法》');
    expect(zh.stdout).toMatch(/页面原文\s+「.*自动续费/);
    expect(zh.stdout).toMatch(/怎么办\s+先看清框后面的字/);
    const en = await run(['scan', page, '--lang', 'en']);
    expect(en.stdout).toContain('This box was ticked for you');
    expect(en.stdout).toMatch(/What to do\s+Read the text/);
    expect(en.stderr).toBe('');
  });

  it('--fail-on: exit 1 when a finding reaches it', async ({ expect }) => {
    const r = await run(['scan', write('fail-on/words.html', WORDS_PAGE), '--rules', pack, '--fail-on', 'danger']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(DANGER_WORD);
  });

  it('a missing file: exit 2, one line naming it, nothing on stdout', async ({ expect }) => {
    const r = await run(['scan', 'no-such-page.html']);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('no-such-page.html')]);
    expect(r.stdout).toBe('');
  });

  it('a binary file named .html: exit 2, "not an HTML file", no stack trace', async ({ expect }) => {
    const r = await run(['scan', write('image.html', PNG_BYTES)]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/image\.html.*not an HTML file/)]);
    expect(r.stderr).not.toMatch(/\n\s+at\s/);
  });

  it('an invalid pack via --rules: one line with file, rule id and JSON path', async ({ expect }) => {
    const broken = testPack() as { rules: Array<Record<string, unknown>> };
    broken.rules[1]!.severity = 'severe';
    const r = await run([
      'scan',
      write('broken/plain.html', PLAIN_PAGE),
      '--rules',
      write('packs/broken.json', JSON.stringify(broken)),
    ]);
    expect(r.status).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain('broken.json');
    expect(r.errLines[0]).toContain('clitest.caution-word');
    expect(r.errLines[0]).toContain('$.rules[1].severity');
  });

  it('a file over 50 MB is refused (a sparse file: nothing is read)', async ({ expect }) => {
    const big = write('huge.html', '<html><body>');
    execFileSync('truncate', ['-s', '51M', big]);
    const r = await run(['scan', big]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/huge\.html.*too large/)]);
  });

  it('reads a GBK page', async ({ expect }) => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>会员</title></head><body>
<form><label><input type="checkbox" checked> 同意开通自动续费，每月扣款15元</label></form></body></html>`;
    const r = await run(['scan', write('gbk.html', encodeGbk(html)), '--json']);
    expect(r.status).toBe(0);
    const [p] = JSON.parse(r.stdout).pages;
    expect(p.encoding).toBe('gb18030');
    expect(p.findings.map((f: { risk: string }) => f.risk)).toContain('common.prechecked-consent');
    expect(JSON.stringify(p.findings)).toContain('同意开通自动续费');
  });

  it('scans a directory recursively: *.html and *.htm, not other files or hidden directories', async ({ expect }) => {
    write('site/index.html', PLAIN_PAGE);
    write('site/vip/consent.htm', CONSENT_PAGE);
    write('site/vip/deeper/again.HTML', PLAIN_PAGE);
    write('site/notes.txt', 'not a page');
    write('site/.git/hidden.html', CONSENT_PAGE);
    const r = await run(['scan', join(scratch.dir, 'site'), '--json']);
    expect(r.status).toBe(0);
    const files = JSON.parse(r.stdout).pages.map((p: { file: string }) => p.file.slice(join(scratch.dir, 'site').length + 1));
    expect(files.sort()).toEqual(['index.html', 'vip/consent.htm', 'vip/deeper/again.HTML']);
  });

  it('--memory persists licences between runs, written atomically with only licences and names', async ({ expect }) => {
    const memory = memoryIn('mem');
    const shared = (stdout: string) =>
      JSON.parse(stdout).pages[0].findings.some((f: { risk: string }) => f.risk === 'food.license-shared');
    const first = await run(scanArgs(memory, 'one/a.html', '老王麻辣烫', '--json'));
    expect(first.status).toBe(0);
    expect(shared(first.stdout)).toBe(false);
    expect(JSON.parse(readFileSync(memory, 'utf8'))).toEqual({
      format: 'mingbai-licence-memory',
      version: 1,
      licences: [{ licence: LICENCE, names: ['老王麻辣烫'] }],
    });
    const second = await run(scanArgs(memory, 'two/b.html', '好味炸鸡', '--json'));
    expect(shared(second.stdout)).toBe(true);
    expect(readdirSync(dirname(memory))).toEqual(['licences.json']); // no temporary file left behind
  });

  it('a corrupt --memory file: one warning, a .corrupt backup, a fresh memory, exit 0', async ({ expect }) => {
    const memory = write('mem2/licences.json', '{"format": "mingbai-licence-memory", "licences": [tru');
    const r = await run(['scan', write('mem2/plain.html', PLAIN_PAGE), '--memory', memory]);
    expect(r.status).toBe(0);
    expect(r.errLines).toEqual([expect.stringContaining(memory)]);
    expect(readFileSync(`${memory}.corrupt`, 'utf8')).toContain('[tru');
    expect(JSON.parse(readFileSync(memory, 'utf8')).format).toBe('mingbai-licence-memory');
  });
});

describe.concurrent('mingbai rules check (built)', { timeout: SLOW }, () => {
  it('a bundled pack passes, with a coverage summary', async ({ expect }) => {
    // common.json only: the domain packs are others' work in progress, and slow to check.
    const r = await run(['rules', 'check', join(root, 'rules/common.json'), '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/examples: \d+ passed, 0 failed/);
    expect(r.stdout).toMatch(/risk coverage: 1\/21 risk codes/);
    expect(r.stdout).toMatch(/common 1\.\d+\.\d+/);
  });

  it('our pack passes; failing examples are one line each, exit 1', async ({ expect }) => {
    expect((await run(['rules', 'check', pack, '--lang', 'en'])).stdout).toContain('examples: 16 passed, 0 failed');
    const bad = testPack() as { rules: Array<{ examples: { flag: unknown[]; pass: unknown[] } }> };
    bad.rules[0]!.examples.pass.push(`<p>${DANGER_WORD}</p>`);
    bad.rules[2]!.examples.flag.push('<p>nothing here</p>');
    const r = await run(['rules', 'check', write('packs/failing.json', JSON.stringify(bad)), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('examples: 16 passed, 2 failed');
    expect(r.stdout).toContain('risk coverage: 4/21');
    expect(r.errLines).toEqual([
      expect.stringMatching(/^FAIL clitest clitest\.danger-word pass example #3 fired/),
      expect.stringMatching(/^FAIL clitest clitest\.info-word flag example #3 did not fire/),
    ]);
  });

  it('an invalid pack: exit 2, one line with file, rule id and JSON path', async ({ expect }) => {
    const broken = testPack() as { rules: Array<Record<string, unknown>> };
    delete broken.rules[0]!.sources;
    const r = await run(['rules', 'check', write('packs/nosources.json', JSON.stringify(broken))]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/nosources\.json.*clitest\.danger-word.*\$\.rules\[0\]\.sources/)]);
  });
});
