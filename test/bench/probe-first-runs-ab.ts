// First runs of two builds of the core, alternated page by page in one browser: the fairest
// comparison this noisy 2-core machine allows. Two bench runs an hour apart moved the unchanged
// code's first-run ratio from 1.40× to 1.57×; alternating per page, both builds share the noise
// (docs/performance.md, Method).
//   npx tsx test/bench/probe-first-runs-ab.ts <other checkout> [--rounds=2] [--first-runs=5] [--only=<substring>]
// The other checkout is a second work tree of this repository, for example:
//   git worktree add ../ab-old <rev> && ln -s "$PWD/node_modules" ../ab-old/node_modules && (cd ../ab-old && npm run build:rules)
// Both builds scan this checkout's corpus pages with this checkout's packs: it compares code.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ScanBench } from './browser-bench';
import { benchPages, loadBenchPacks } from './bench-pages';
import { median, rowFromScan } from './bench-report';
import { buildBenchBundle } from './build-bundles';
import { startPageServer } from './page-server';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const otherRoot = args.find((a) => !a.startsWith('--'));
if (!otherRoot || !existsSync(resolve(otherRoot, 'test/bench/build-bundles.ts'))) {
  console.error('usage: probe-first-runs-ab.ts <other checkout with test/bench/build-bundles.ts> [--rounds=N] [--first-runs=N]');
  process.exit(2);
}
const rounds = Number(option('rounds') ?? 2);
const firstRuns = Number(option('first-runs') ?? 5);
const only = option('only');

type Build = 'this' | 'other';
const otherBundler = (await import(resolve(otherRoot, 'test/bench/build-bundles.ts'))) as {
  buildBenchBundle: typeof buildBenchBundle;
};
const code: Record<Build, string> = {
  this: (await buildBenchBundle()).code,
  other: (await otherBundler.buildBenchBundle()).code,
};
const packs = loadBenchPacks(() => {});
const pages = benchPages().pages.filter((p) => p.group === 'corpus' && (!only || p.name.includes(only)));
const server = await startPageServer(pages);
const scanner = await ScanBench.start();
const builds: Build[] = ['this', 'other'];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ratios: Record<Build, number[]> = { this: [], other: [] };
try {
  console.log(
    `${pages.length} corpus pages, ${firstRuns} first-run pairs each, ${rounds} rounds; this: ${process.cwd()}, other: ${resolve(otherRoot)}`,
  );
  for (let round = 0; round < rounds; round++) {
    const perPage: Record<Build, { ratio: number[]; zh: number[]; fullMs: number[]; quickRead: number[] }> = {
      this: { ratio: [], zh: [], fullMs: [], quickRead: [] },
      other: { ratio: [], zh: [], fullMs: [], quickRead: [] },
    };
    for (const [i, page] of pages.entries()) {
      // Which build goes first alternates by page and by round.
      for (const build of (i + round) % 2 ? [...builds].reverse() : builds) {
        const figures = await scanner.measure(server.url(page, { isolated: true }), code[build], packs, 1, firstRuns);
        const ratio = rowFromScan(page.name, page.group, figures).firstRatio ?? NaN;
        const into = perPage[build];
        into.ratio.push(ratio);
        if (page.name.startsWith('zh-')) into.zh.push(ratio);
        into.fullMs.push(median(figures.first.fullMs));
        into.quickRead.push(median(figures.first.stageMs.map((t) => t.quickRead ?? 0)));
      }
    }
    for (const build of builds) {
      const r = perPage[build];
      ratios[build].push(median(r.ratio));
      console.log(
        `round ${round + 1} ${build.padEnd(5)}: first-run ratio ${median(r.ratio).toFixed(2)}× (Chinese pages ${median(r.zh).toFixed(2)}×), ` +
          `full scans summed ${sum(r.fullMs).toFixed(1)} ms, quick read summed ${sum(r.quickRead).toFixed(1)} ms`,
      );
    }
  }
  const wins = ratios.this.filter((ratio, i) => ratio < (ratios.other[i] ?? NaN)).length;
  console.log(
    `this build's ratio below the other's in ${wins} of ${rounds} rounds; medians ${median(ratios.this).toFixed(2)}× and ${median(ratios.other).toFixed(2)}×`,
  );
} finally {
  await scanner.stop();
  await server.close();
}
