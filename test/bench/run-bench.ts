// `npm run bench [-- --quick [--all-pages]] [--strict] [--only=<substring>] [--group=corpus|generated|fixture] [--no-load] [--no-cli] [--label=<name>] [--reps=N] [--first-runs=N] [--load-pairs=N]`
// Real-browser benchmark of the core on the real-page corpus, generated 10k/50k/100k pages and
// the fixture pages; page loads with and without the built extension; content script size; the
// CLI's parse/scan split. Prints a table, medians and budgets; writes bench-results/bench.json.
// Exits 0 (a measurement) unless --strict and a budget fails.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LoadBench, ScanBench, settleMsFor } from './browser-bench';
import { benchPages, corpusFiles, loadBenchPacks, ROOT } from './bench-pages';
import {
  budgets,
  formatBudgets,
  formatSummary,
  formatTable,
  largestCorpusPages,
  median,
  rowFromScan,
  summarise,
  type GrowthPoint,
  type PageRow,
} from './bench-report';
import { buildBenchBundle, contentScriptReport, CONTENT_ALIASES } from './build-bundles';
import { cliSplit, formatCliSplit } from './cli-bench';
import { startPageServer } from './page-server';
import { describeTask } from './trace-tasks';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const scanReps = Number(option('reps') ?? (quick ? 3 : 5));
const firstRuns = Number(option('first-runs') ?? (quick ? 5 : 9));
const loadPairs = Number(option('load-pairs') ?? (quick ? 1 : 2));
const only = option('only');
const group = option('group');
const log = (s: string) => console.log(s);

const started = Date.now();
const packs = loadBenchPacks(log);
log(
  `packs: ${packs.map((p) => p.id).join(', ')}; first runs ${firstRuns}, scan reps ${scanReps}, load pairs ${loadPairs}${quick ? ' (quick)' : ''}`,
);
const { pages: allPages, notes } = benchPages();
notes.forEach((n) => log(`note: ${n}`));
const chosen = allPages.filter((p) => (!only || p.name.includes(only)) && (!group || p.group === group));
// --quick, under 5 minutes on two busy cores: every second corpus page (name order, so both
// Chinese and other pages), no fixture pages unless asked for, loads only where a budget needs
// them (below: the three largest real pages and the largest generated one), the CLI split on 10 pages. --all-pages keeps every page.
const sampled = quick && !flag('all-pages') && !only;
const pages = sampled
  ? chosen.filter(
      (p) =>
        p.group === 'generated' ||
        (p.group === 'corpus' && chosen.filter((c) => c.group === 'corpus').indexOf(p) % 2 === 0) ||
        (p.group === 'fixture' && group === 'fixture'),
    )
  : chosen;
if (sampled) log(`quick: ${pages.length} of ${chosen.length} pages (every second corpus page; --all-pages for all)`);
const bundle = await buildBenchBundle();
log(`core bundle for the pages: ${(bundle.bytes / 1000).toFixed(1)} kB`);
const server = await startPageServer(pages);

// 1. Scans, in a browser without the extension.
const rows: PageRow[] = [];
const scanner = await ScanBench.start();
try {
  for (const [i, page] of pages.entries()) {
    try {
      // The first-run budget is the corpus's: --quick gives the generated pages (seconds of
      // scanning each) two first runs, for the table only.
      const runs = sampled && page.group === 'generated' ? Math.min(firstRuns, 2) : firstRuns;
      const figures = await scanner.measure(server.url(page, { isolated: true }), bundle.code, packs, scanReps, runs);
      rows.push(rowFromScan(page.name, page.group, figures));
    } catch (e) {
      rows.push({ page: page.name, group: page.group, error: (e as Error).message.split('\n')[0] ?? 'failed' });
    }
    if ((i + 1) % 20 === 0) log(`  scanned ${i + 1}/${pages.length} pages (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await scanner.stop();
}
const phase = (name: string, more = '') => log(`${name} done at ${Math.round((Date.now() - started) / 1000)} s${more}`);
phase('scans', scanner.tabsOpened > 1 ? ` (in ${scanner.tabsOpened} tabs: a failed page's tab is replaced)` : '');

// 2. Loads with and without the built extension, alternating which goes first.
const extensionDir = join(ROOT, '.output/chrome-mv3');
let extensionActive = false;
if (!flag('no-load')) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    log('building the extension (npx wxt build) ...');
    try {
      execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
    } catch {
      log('note: wxt build failed; loads measured without an extension only');
    }
  }
  const hasExtension = existsSync(join(extensionDir, 'manifest.json'));
  const withExt = hasExtension ? await LoadBench.start(extensionDir) : null;
  const withoutExt = await LoadBench.start(null);
  extensionActive = withExt?.extensionActive ?? false;
  log(
    `extension ${hasExtension ? (extensionActive ? 'loaded (background worker running)' : 'built but its worker did not start') : 'not built'}`,
  );
  // The largest real pages: the load budget is judged on them (a page's own load is longest there).
  const largest = new Set(largestCorpusPages(rows, 3));
  // Of the generated pages only the largest has a load budget (no task over 50 ms); --quick
  // loads it alone. --quick takes two pairs of each budgeted page instead of three: the loads of
  // the big pages are most of its time, and the traced script time needs no more. (The
  // largest generated page --quick loads with the extension only: below.)
  const biggest = rows.filter((r) => r.group === 'generated').sort((a, b) => (b.elements ?? 0) - (a.elements ?? 0))[0]?.page;
  try {
    for (const [i, page] of pages.entries()) {
      const row = rows.find((r) => r.page === page.name);
      if (!row || row.error) continue;
      if (sampled && page.group === 'corpus' && !largest.has(page.name)) continue;
      if (sampled && page.group === 'generated' && page.name !== biggest) continue;
      const settle = settleMsFor(row.elements ?? 0);
      const budgeted = page.group === 'generated' || largest.has(page.name);
      const pairs = budgeted ? Math.max(loadPairs, sampled ? 2 : 3) : loadPairs;
      row.withExtension = { loadMs: [], longTaskMs: [], afterLoadLongTaskMs: [], firstFrameLongTaskMs: [], warningShownMs: [] };
      row.withoutExtension = {
        loadMs: [],
        longTaskMs: [],
        afterLoadLongTaskMs: [],
        firstFrameLongTaskMs: [],
        warningShownMs: [],
      };
      // Generated pages always get findings: their loads last until the warning is shown.
      const waitForWarning = page.group === 'generated';
      for (let r = 0; r < pairs; r++) {
        const order = (i + r) % 2 ? [withExt, withoutExt] : [withoutExt, withExt];
        for (const bench of order) {
          if (!bench) continue;
          // The 100k budget judges the loads with the extension; those without it are the line's
          // reference, which --quick leaves to the full bench (a traced load of it takes 30–45 s).
          if (sampled && page.group === 'generated' && !bench.withExtension) continue;
          try {
            // The largest real pages are traced on both sides (the same cost to each), recording
            // only script events: with the extension, its own script time before the load event.
            const trace = waitForWarning ? 'full' : largest.has(page.name) ? 'scripts' : false;
            // A generated page's load starts from a collected heap, as after a pause: loaded back
            // to back, the 100k page left 4–7 MB of its old generation to the next load, whose scan
            // then made V8 begin a major collection (one final pause of 67 ms).
            if (page.group === 'generated') await bench.freshHeap();
            const m = await bench.load(server.url(page), settle, waitForWarning, trace);
            const target = bench.withExtension ? row.withExtension : row.withoutExtension;
            target.loadMs.push(m.loadMs);
            target.longTaskMs.push(m.longTaskMs);
            target.afterLoadLongTaskMs.push(m.afterLoadLongTaskMs);
            target.firstFrameLongTaskMs.push(m.firstFrameLongTaskMs);
            if (waitForWarning && bench.withExtension) target.warningShownMs.push(m.warningShownMs);
            if (bench.withExtension && m.tracedAfterLoad)
              (target.tracedLongTasks ??= []).push(...m.tracedAfterLoad.map(describeTask));
            if (bench.withExtension && waitForWarning && m.heap) (target.heapAfterLoad ??= []).push(m.heap);
            if (bench.withExtension && m.extensionBeforeLoadMs !== undefined)
              (target.beforeLoad ??= []).push({ extensionMs: m.extensionBeforeLoadMs, loadMs: m.loadMs });
          } catch {
            // A page that does not reach its load event in time: no load figure for it.
          }
        }
      }
    }
  } finally {
    await withExt?.stop();
    await withoutExt.stop();
  }
}
await server.close();

if (!flag('no-load')) phase('loads');

// 3. Content script size and what makes it up.
const withoutStub = await contentScriptReport();
const contentScript = await contentScriptReport(CONTENT_ALIASES);

// 4. The CLI's split (jsdom parse vs the rules).
const cli =
  flag('no-cli') || !corpusFiles().length ? null : await cliSplit(quick ? corpusFiles().slice(0, 10) : corpusFiles(), packs);

// Report.
const corpusRows = rows.filter((r) => r.group === 'corpus');
const corpus = corpusRows.length ? summarise(corpusRows) : null;
const growth: GrowthPoint[] = rows
  .filter((r) => r.group === 'generated' && !r.error)
  .map((r) => ({ elements: r.elements ?? 0, fullMs: r.fullMs ?? NaN, msPer1k: (r.fullMs ?? NaN) / ((r.elements ?? 1) / 1000) }))
  .sort((a, b) => a.elements - b.elements);
const budgetList = budgets(corpus, rows, contentScript, growth, extensionActive);

log('');
log(formatTable(rows));
log('');
if (corpus) {
  log(formatSummary('corpus', corpus));
  // The corpus names its Chinese pages zh-*: few long text nodes, where per-character work shows.
  const zh = corpusRows.filter((r) => r.page.startsWith('zh-'));
  const rest = corpusRows.filter((r) => !r.page.startsWith('zh-'));
  if (zh.length && rest.length) {
    log(formatSummary('  of which Chinese (zh-*)', summarise(zh)));
    log(formatSummary('  of which in other languages', summarise(rest)));
  }
}
const generated = rows.filter((r) => r.group === 'generated');
if (generated.length) log(formatSummary('generated', summarise(generated)));
const fixtures = rows.filter((r) => r.group === 'fixture');
if (fixtures.length) log(formatSummary('fixtures', summarise(fixtures)));
log('');
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
if (contentScript.built)
  log(`content script ${contentScript.built.path}: ${kb(contentScript.built.bytes)} (${kb(contentScript.built.gzipBytes)} gzip)`);
else log('content script: not built (.output/chrome-mv3/content-scripts/content.js missing)');
if (contentScript.analysis) {
  const a = contentScript.analysis;
  log(
    `equivalent esbuild bundle of ${a.entry} (with the aliases of wxt.config.ts): ${kb(a.bytes)} (${kb(a.gzipBytes)} gzip); by package: ${a.byPackage
      .slice(0, 8)
      .map((c) => `${c.name} ${kb(c.bytes)}`)
      .join(', ')}`,
  );
  log(
    `  top files: ${a.byFile
      .slice(0, 8)
      .map((c) => `${c.name.replace(/^.*node_modules\//, '')} ${kb(c.bytes)}`)
      .join(', ')}`,
  );
}
if (contentScript.error) log(`content script analysis: ${contentScript.error}`);
const uiChunk = join(ROOT, '.output/chrome-mv3/content-scripts/page-ui.js');
if (existsSync(uiChunk)) {
  const buf = readFileSync(uiChunk);
  log(
    `page UI chunk (loaded only on pages with findings) content-scripts/page-ui.js: ${kb(buf.length)} (${kb(gzipSync(buf).length)} gzip)`,
  );
}
if (withoutStub.analysis)
  log(`  (without those aliases: ${kb(withoutStub.analysis.bytes)}, ${kb(withoutStub.analysis.gzipBytes)} gzip)`);
if (cli) log(`\n${formatCliSplit(cli)}`);
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
log(
  `\nmachine: ${cpus().length} cores, load average ${load} at the end (timings are wall clock: a loaded machine inflates them)`,
);
log('\nBudgets:');
log(formatBudgets(budgetList));

const label = option('label');
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', label ? `bench-${label}.json` : 'bench.json');
const loadMedian = (r: PageRow) => (r.withExtension ? median(r.withExtension.loadMs) : undefined);
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      options: { quick, firstRuns, scanReps, loadPairs, only: only ?? null, group: group ?? null },
      packs: packs.map((p) => `${p.id}@${p.version}`),
      extensionActive,
      notes,
      summary: {
        corpus,
        generated: generated.length ? summarise(generated) : null,
        fixtures: fixtures.length ? summarise(fixtures) : null,
      },
      growth,
      budgets: budgetList,
      contentScript,
      contentScriptWithoutJsonpathStub: withoutStub.analysis
        ? { bytes: withoutStub.analysis.bytes, gzipBytes: withoutStub.analysis.gzipBytes }
        : null,
      cli,
      rows: rows.map((r) => ({ ...r, loadWithMedianMs: loadMedian(r) })),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: { cores: cpus().length, loadAverageAtEnd: loadavg() },
    },
    null,
    2,
  ),
);
log(`\nwritten ${out.slice(ROOT.length + 1)} in ${Math.round((Date.now() - started) / 1000)} s`);
if (flag('strict') && budgetList.some((b) => b.pass === false)) process.exit(1);
