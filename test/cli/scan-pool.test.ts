// @vitest-environment node
// The worker pool on its own: a worker that runs out of memory on a page fails that page only
// (reported as too big, in its place in path order), and a fresh worker scans the rest.
import { describe, expect, it } from 'vitest';
import { BoundedLicenceMemory } from '../../src/cli/licence-memory-file';
import { loadPacks } from '../../src/cli/scan-command';
import { scanInWorkers, type PoolResult } from '../../src/cli/scan-pool';
import { PLAIN_PAGE, scratchDir } from './cli-fixtures';

const { dir, write } = scratchDir();

describe('scanInWorkers', () => {
  it('a page that exhausts a worker heap fails alone; the pages after it are still scanned', { timeout: 300_000 }, async () => {
    const files = [
      write('a.html', PLAIN_PAGE),
      write('b-huge.html', `<html><body><div>${'<span>年化利率</span>'.repeat(400_000)}</div></body></html>`),
      write('c.html', PLAIN_PAGE),
      write('d.html', PLAIN_PAGE),
    ];
    const seen: Array<[string, PoolResult['type'], string?]> = [];
    await scanInWorkers(files, {
      jobs: 2,
      init: { packs: loadPacks([]), today: '2026-06-01' },
      memory: new BoundedLicenceMemory(),
      maxHeapMb: 48,
      onResult: (_, file, r) => seen.push([file.slice(dir.length + 1), r.type, r.type === 'unreadable' ? r.problem : undefined]),
    });
    expect(seen).toEqual([
      ['a.html', 'page', undefined],
      ['b-huge.html', 'unreadable', 'too-big'],
      ['c.html', 'page', undefined],
      ['d.html', 'page', undefined],
    ]);
  });
});
