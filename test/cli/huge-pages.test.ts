// @vitest-environment node
// Huge pages stay within memory and time limits, or are refused with one clear line: a file over
// 50 MB, a page of a million nodes, a 10 MB text node, and 49 MB of markup (970,000
// elements). The command runs from source in a child process whose V8 heap is capped, so going
// over the memory limit fails the test (the process dies) instead of passing slowly. Inputs are
// generated in a temporary directory. Durations are generous: the machine is shared.
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, scratchDir } from './cli-fixtures';

const { dir } = scratchDir();
// About 120 MB of generated pages: not left behind.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEAD = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>大页面</title></head><body>';
const TAIL = '</body></html>';

function page(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, HEAD + body + TAIL);
  return file;
}

function scan(
  file: string,
  heapMb: number,
): Promise<{ status: number | null; errLines: string[]; stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        '--import',
        'tsx',
        join(root, 'src/cli/mingbai.ts'),
        'scan',
        file,
        '--json',
        '--lang',
        'en',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, errLines: stderr.split('\n').filter(Boolean), seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

describe('huge pages', { timeout: 600_000 }, () => {
  it('a file over 50 MB is refused without being read: exit 2, one line', async () => {
    const file = join(dir, 'over-50mb.html');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024 + 1, 'a'));
    const r = await scan(file, 256);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/over-50mb\.html: .*file too large \(50\.0 MB; the limit is 50 MB\)/)]);
    expect(r.seconds).toBeLessThan(120);
  });

  it('a page of a million nodes is scanned within a 1 GB heap', async () => {
    const file = page('nodes-1m.html', `<div>${'<span>年化利率</span>'.repeat(500_000)}</div>`);
    const r = await scan(file, 1024);
    expect(r.status, r.errLines.join('\n')).toBe(0);
    expect(JSON.parse(r.stdout).pages[0].file).toBe(file);
    expect(r.seconds).toBeLessThan(400);
  });

  it('a 10 MB text node is scanned within a 512 MB heap', async () => {
    const file = page('text-10mb.html', `<p>${'借款'.repeat(1_750_000)}</p>`);
    const r = await scan(file, 512);
    expect(r.status, r.errLines.join('\n')).toBe(0);
    expect(JSON.parse(r.stdout).pages).toHaveLength(1);
    expect(r.seconds).toBeLessThan(300);
  });

  it('49 MB of markup with 970,000 elements is refused before parsing: exit 2, one line', async () => {
    const chunk = '<p>今天天气很好，我们去公园散步。</p>\n';
    const file = page('markup-49mb.html', chunk.repeat(Math.floor((49 * 1024 * 1024) / Buffer.byteLength(chunk))));
    const r = await scan(file, 512);
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/markup-49mb\.html: .*more than 600,000 elements/)]);
    expect(JSON.parse(r.stdout).skipped).toEqual([expect.objectContaining({ problem: 'too-many-elements' })]);
    expect(r.seconds).toBeLessThan(120);
  });
});
