// The bench scans every page in one tab (test/bench/browser-bench.ts ScanBench): a new tab is a
// new renderer process, whose cold caches doubled the time of the scan phase. This checks on
// real Chromium that each page's figures are that page's own, that one tab serves them all,
// and that a page whose measurement fails leaves the next page a new tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanBench } from '../../bench/browser-bench';
import { loadBenchPacks } from '../../bench/bench-pages';
import { buildBenchBundle } from '../../bench/build-bundles';
import { startPageServer, type PageServer } from '../../bench/page-server';
import type { PackData } from '../../../src/core/evaluate/ruleset';

const TEXT = '今日推荐：本地生活优惠';
const page = (name: string, paragraphs: number) => ({
  name,
  group: 'fixture' as const,
  path: `/${name}.html`,
  html: `<!doctype html><meta charset="utf-8"><title>${name}</title><body>${`<p>${TEXT}</p>`.repeat(paragraphs)}</body>`,
});
// html, head, meta, title, body and the paragraphs.
const SMALL = page('small', 20);
const LARGER = page('larger', 300);
const AFTER = page('after', 7);

describe('bench: scans in one tab', () => {
  let server: PageServer;
  let bench: ScanBench;
  let bundle: string;
  let packs: PackData[];
  beforeAll(async () => {
    server = await startPageServer([SMALL, LARGER, AFTER]);
    bundle = (await buildBenchBundle()).code;
    packs = loadBenchPacks();
    bench = await ScanBench.start();
  }, 60_000);
  afterAll(async () => {
    await bench?.stop();
    await server?.close();
  });

  it('gives each page its own figures from one tab, and a new tab after a page that failed', async () => {
    const small = await bench.measure(server.url(SMALL, { isolated: true }), bundle, packs, 1, 2);
    const larger = await bench.measure(server.url(LARGER, { isolated: true }), bundle, packs, 1, 2);
    expect(small.elements).toBe(5 + 20);
    expect(larger.elements).toBe(5 + 300);
    expect(larger.textChars).toBe(300 * TEXT.length);
    for (const figures of [small, larger]) {
      expect(figures.first.baselineMs).toHaveLength(2);
      expect(figures.first.fullMs).toHaveLength(2);
      expect(figures.kind).toBe('other');
    }
    expect(bench.tabsOpened).toBe(1);

    // A bundle that throws in the page: the measurement fails, its tab is closed.
    await expect(
      bench.measure(server.url(SMALL, { isolated: true }), 'throw new Error("broken bundle")', packs, 1, 1),
    ).rejects.toThrow(/broken bundle/);
    const after = await bench.measure(server.url(AFTER, { isolated: true }), bundle, packs, 1, 1);
    expect(after.elements).toBe(5 + 7);
    expect(bench.tabsOpened).toBe(2);
  }, 120_000);
});
