// @vitest-environment node
// A licence memory that cannot be saved is a failed run (exit 2, one line naming the file), never
// a warning with exit 0: a crawl that silently forgets every licence it saw defeats the
// shared-licence check. Root ignores read-only modes, so the failures are made with paths instead:
// a file where the directory should be, a directory where the temporary file goes, and /dev/full.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess as run, scratchDir } from './cli-fixtures';
import { memoryScans } from './memory-scan';
import { testPack } from './test-pack';

const scratch = scratchDir();
const { write } = scratch;
let pack: string;
const { memoryIn, scanArgs } = memoryScans(scratch, () => pack);

beforeAll(() => {
  pack = write('packs/clitest.json', JSON.stringify(testPack()));
});

/** Where saveLicenceMemory writes before the rename, in this process. */
const tempOf = (memory: string) => `${memory}.${process.pid}.tmp`;

describe('--memory that cannot be saved', { timeout: 60_000 }, () => {
  it('a file where its directory should be: exit 2 before scanning, one line', async () => {
    const notADir = write('plain-file', 'I am a file');
    const r = await run(scanArgs(join(notADir, 'mem.json'), 'shop.html', '老王麻辣烫'));
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/plain-file\/mem\.json.*ENOTDIR/)]);
    expect(r.stdout).toBe('');
  });

  it('a directory where the temporary file goes: the report, then exit 2 and the old memory kept', async () => {
    const memory = memoryIn('blocked');
    const first = await run(scanArgs(memory, 'blocked/a.html', '老王麻辣烫'));
    expect(first.status).toBe(0);
    const before = readFileSync(memory, 'utf8');
    mkdirSync(tempOf(memory));
    const r = await run(scanArgs(memory, 'blocked/b.html', '好味炸鸡', '--json'));
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(new RegExp(`licences\\.json.*EISDIR`))]);
    expect(JSON.parse(r.stdout).pages).toHaveLength(1); // the scan itself is still reported
    expect(readFileSync(memory, 'utf8')).toBe(before);
    expect(existsSync(tempOf(memory))).toBe(true); // our own leftovers only are removed
  });

  it('a full disk (the temporary file is /dev/full): exit 2 with ENOSPC, nothing half-written', async () => {
    if (!existsSync('/dev/full')) return void console.warn('no /dev/full here: skipped');
    const memory = memoryIn('full');
    symlinkSync('/dev/full', tempOf(memory));
    const r = await run(scanArgs(memory, 'full/a.html', '老王麻辣烫', '--lang', 'en'));
    expect(r.status).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/could not save the licence memory file .*licences\.json \(ENOSPC\)/)]);
    expect(existsSync(memory)).toBe(false);
  });
});
