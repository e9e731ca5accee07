// @vitest-environment node
// `mingbai scan --jobs N` (worker threads) and `--jsonl`, in-process: the workers are the real
// scan-worker.ts (run through tsx). Whatever the number of workers, pages come out in path order
// and see each other's licences in path order, as with --jobs 1.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_PAGE, PLAIN_PAGE, PNG_BYTES, WORDS_PAGE, root, runInProcess as run, scratchDir } from './cli-fixtures';
import { LICENCE, foodShop, testPack } from './test-pack';

const { dir, write } = scratchDir();
let pack: string;

const SHOPS = ['老王麻辣烫', '好味炸鸡', '阿香米线', '老王麻辣烫', '张姐饺子'];

beforeAll(() => {
  pack = write('packs/clitest.json', JSON.stringify(testPack()));
  // Shops sharing one licence, between pages that do not read the memory at all.
  SHOPS.forEach((name, i) => {
    write(`crawl/${i}a-shop.html`, foodShop(name, LICENCE));
    write(`crawl/${i}b-words.html`, WORDS_PAGE);
  });
  write('crawl/9-consent.html', CONSENT_PAGE);
  write('crawl/9-image.html', PNG_BYTES);
});

/** A --json run without the timings, which differ run to run. */
function stable(stdout: string) {
  const doc = JSON.parse(stdout);
  for (const p of doc.pages) delete p.timings;
  return doc;
}

// The shop names come from the licence memory, not the page: they are in the evidence's note.
const sharedEvidence = (doc: {
  pages: Array<{ file: string; findings: Array<{ risk: string; evidence: Array<{ text: string; note?: { text: string } }> }> }>;
}) => doc.pages.map((p) => p.findings.find((f) => f.risk === 'food.license-shared')?.evidence[0]?.note?.text ?? null);

describe('--jobs', { timeout: 240_000 }, () => {
  it('the same report and the same memory file with 1, 2 and 3 workers; licences seen in path order', async () => {
    const runs = [];
    for (const jobs of ['1', '2', '3']) {
      const memory = join(dir, `memory-${jobs}.json`);
      const r = await run([
        'scan',
        join(dir, 'crawl'),
        '--rules',
        pack,
        '--json',
        '--jobs',
        jobs,
        '--memory',
        memory,
        '--today',
        '2026-06-01',
      ]);
      expect(r.status, r.stderr).toBe(2); // the PNG is not a page
      runs.push({ report: stable(r.stdout), memory: readFileSync(memory, 'utf8') });
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    const { report } = runs[0]!;
    expect(report.pages.map((p: { file: string }) => p.file.slice(join(dir, 'crawl').length + 1))).toEqual([
      '0a-shop.html',
      '0b-words.html',
      '1a-shop.html',
      '1b-words.html',
      '2a-shop.html',
      '2b-words.html',
      '3a-shop.html',
      '3b-words.html',
      '4a-shop.html',
      '4b-words.html',
      '9-consent.html',
    ]);
    const shops = sharedEvidence(report).filter((_, i) => i % 2 === 0 && i < 10);
    expect(shops[0]).toBeNull(); // the first shop is the first to show this licence
    expect(shops[1]).toContain('老王麻辣烫、好味炸鸡');
    expect(shops[2]).toContain('老王麻辣烫、好味炸鸡、阿香米线');
    expect(shops[4]).toContain('好味炸鸡、阿香米线、老王麻辣烫、张姐饺子'); // 老王 seen again: most recent
    expect(JSON.parse(runs[0]!.memory).licences).toEqual([
      { licence: LICENCE, names: ['好味炸鸡', '阿香米线', '老王麻辣烫', '张姐饺子'] },
    ]);
  });

  it('a memory from an earlier run is seen by the first page, with workers too', async () => {
    const memory = write(
      'earlier/memory.json',
      JSON.stringify({ format: 'mingbai-licence-memory', version: 1, licences: [{ licence: LICENCE, names: ['早先的店'] }] }),
    );
    write('earlier/pages/a.html', PLAIN_PAGE);
    write('earlier/pages/b.html', foodShop('好味炸鸡', LICENCE));
    const r = await run(['scan', join(dir, 'earlier/pages'), '--rules', pack, '--json', '--jobs', '2', '--memory', memory]);
    expect(r.status, r.stderr).toBe(0);
    expect(sharedEvidence(JSON.parse(r.stdout))[1]).toContain('早先的店、好味炸鸡');
  });

  it.each([['0'], ['1.5'], ['many'], ['65']])('--jobs %s is a usage error', async (jobs) => {
    const r = await run(['scan', join(dir, 'crawl'), '--jobs', jobs]);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('--jobs')]);
  });
});

describe('--jsonl', { timeout: 240_000 }, () => {
  it('one line per page in path order with the --json page fields, skipped pages, then a summary line', async () => {
    const args = ['scan', join(dir, 'crawl'), '--rules', pack, '--today', '2026-06-01', '--jobs', '2'];
    const json = stable((await run([...args, '--json'])).stdout);
    const r = await run([...args, '--jsonl']);
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(lines.map((l) => l.type)).toEqual([...Array(11).fill('page'), 'skipped', 'summary']);
    const pages = lines
      .filter((l) => l.type === 'page')
      .map(({ type: _, timings, ...page }) => (expect(timings.parse).toBeGreaterThan(0), page));
    expect(pages).toEqual(json.pages);
    expect(lines[11]).toEqual({ type: 'skipped', ...json.skipped[0] });
    expect(lines.at(-1)).toEqual({
      type: 'summary',
      schemaVersion: 1,
      version: json.version,
      sensitivity: 'standard',
      lang: 'zh',
      today: '2026-06-01',
      summary: json.summary,
    });
  });

  it('cannot be combined with --json', async () => {
    const r = await run(['scan', join(dir, 'crawl'), '--json', '--jsonl']);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringContaining('--jsonl')]);
  });
});

describe('the progress bar', { timeout: 240_000 }, () => {
  const command = (out: string) => [
    '--import',
    'tsx',
    join(root, 'src/cli/mingbai.ts'),
    'scan',
    join(dir, 'crawl'),
    '--rules',
    pack,
    '--jsonl',
    '--jobs',
    '2',
    '>',
    out,
  ];
  const hasScript = existsSync('/usr/bin/script');

  it.skipIf(!hasScript)('is drawn on stderr when stderr is a terminal, even with stdout in a file', () => {
    const out = join(dir, 'progress.jsonl');
    // script(1) gives the command a terminal; its stdout goes to a file.
    const line = [process.execPath, ...command(out)].map((a) => (a === '>' ? a : JSON.stringify(a))).join(' ');
    const run = spawnSync('/usr/bin/script', ['-qec', line, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(2); // the PNG
    const terminal = run.stdout;
    expect(terminal).toMatch(/\d+\/12/);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(13);
  });

  it('is not drawn when stderr is not a terminal', async () => {
    const stderr = await new Promise<string>((resolve) =>
      execFile(process.execPath, command('').slice(0, -2), { cwd: root, encoding: 'utf8' }, (_, __, err) => resolve(err)),
    );
    expect(stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining('9-image.html')]);
  });
});
