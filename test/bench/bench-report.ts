// Rows, medians and budgets of the benchmark, as a text table and as JSON.
import { CONTENT_SCRIPT_BUDGET } from '../e2e/harness/content-budget';
import type { BundleReport } from './build-bundles';
import type { LoadFigures, ScanFigures } from './browser-bench';
import type { HeapAfterLoad } from './trace-tasks';

/** How long a bench load waits for the warning of a page that should get one. */
export const WARNING_TIMEOUT_MS = 30_000;

export const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export interface PageRow {
  page: string;
  group: 'corpus' | 'generated' | 'fixture';
  error?: string;
  elements?: number;
  /** Steady state: medians of batched, repeated runs in one world. */
  baselineMs?: number;
  fullMs?: number;
  /** full / baseline, medians of the same page and run. */
  ratio?: number;
  /** First runs, each in a fresh isolated world: what a page pays for its one scan. */
  firstBaselineMs?: number;
  firstFullMs?: number;
  firstRatio?: number;
  firstStageMs?: Record<string, number>;
  incrementalMs?: number;
  incrementalRatio?: number;
  /** One rescan per added node instead of one for the batch. */
  incrementalPerNodeMs?: number;
  stageMs?: Record<string, number>;
  kind?: string;
  findings?: number;
  heapUsedMB?: number;
  heapScanDeltaMB?: number;
  slicedLongestSliceMs?: number;
  slicedLongTaskMs?: number;
  slicedP95SliceMs?: number;
  slicedYields?: number;
  slicedMs?: number;
  withExtension?: LoadFigures;
  withoutExtension?: LoadFigures;
}

export function rowFromScan(page: string, group: PageRow['group'], s: ScanFigures): PageRow {
  const baselineMs = median(s.baselineMs);
  const fullMs = median(s.fullMs);
  const incrementalMs = median(s.incrementalMs);
  const firstBaselineMs = median(s.first.baselineMs);
  const firstFullMs = median(s.first.fullMs);
  const firstStages = new Set(s.first.stageMs.flatMap((t) => Object.keys(t)));
  return {
    page,
    group,
    elements: s.elements,
    baselineMs,
    fullMs,
    ratio: fullMs / Math.max(baselineMs, 0.01),
    firstBaselineMs,
    firstFullMs,
    // The median of each pair's ratio: a pair runs back to back, so a burst of load on this
    // shared machine weighs on both of its runs, not on one side of the page's figure.
    firstRatio: median(s.first.fullMs.map((ms, i) => ms / Math.max(s.first.baselineMs[i] ?? NaN, 0.01))),
    firstStageMs: Object.fromEntries([...firstStages].map((k) => [k, median(s.first.stageMs.map((t) => t[k] ?? NaN))])),
    incrementalMs,
    incrementalRatio: incrementalMs / Math.max(fullMs, 0.01),
    incrementalPerNodeMs: s.incrementalPerNodeMs ? median(s.incrementalPerNodeMs) : undefined,
    stageMs: s.stageMs,
    kind: s.kind,
    findings: s.findings,
    heapUsedMB: s.heapUsedMB,
    heapScanDeltaMB: s.heapScanDeltaMB,
    slicedLongestSliceMs: s.sliced.longestSliceMs,
    slicedLongTaskMs: s.sliced.longTaskMs,
    slicedP95SliceMs: s.sliced.p95SliceMs,
    slicedYields: s.sliced.yields,
    slicedMs: s.sliced.ms,
  };
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
  note?: string;
  /** A figure printed beside a budget that another line judges (INFO): why it is not judged itself. */
  reportedOnly?: string;
}

const f = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(digits));
const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatTable(rows: readonly PageRow[]): string {
  const head = [
    'page',
    'elements',
    '1st base',
    '1st full',
    'ratio',
    'base ms',
    'full ms',
    'ratio',
    'incr ms',
    'incr/full',
    'slice max',
    'LT with',
    'LT w/o',
    'load with',
    'load w/o',
    'heap MB',
  ];
  const widths = [26, 8, 8, 8, 6, 8, 8, 6, 8, 9, 9, 8, 8, 9, 9, 7];
  const lines = [head.map((h, i) => (i ? lpad(h, widths[i] as number) : pad(h, widths[0] as number))).join(' ')];
  for (const r of rows) {
    if (r.error) {
      lines.push(`${pad(r.page, 26)} error: ${r.error.slice(0, 100)}`);
      continue;
    }
    const cells = [
      r.page,
      String(r.elements ?? '-'),
      f(r.firstBaselineMs, 2),
      f(r.firstFullMs, 2),
      f(r.firstRatio, 1),
      f(r.baselineMs, 2),
      f(r.fullMs, 2),
      f(r.ratio, 1),
      f(r.incrementalMs, 2),
      r.incrementalRatio === undefined ? '-' : `${(r.incrementalRatio * 100).toFixed(1)}%`,
      f(r.slicedLongestSliceMs, 1),
      f(r.withExtension && median(r.withExtension.longTaskMs), 0),
      f(r.withoutExtension && median(r.withoutExtension.longTaskMs), 0),
      f(r.withExtension && median(r.withExtension.loadMs), 0),
      f(r.withoutExtension && median(r.withoutExtension.loadMs), 0),
      f(r.heapUsedMB, 1),
    ];
    lines.push(cells.map((c, i) => (i ? lpad(c, widths[i] as number) : pad(c, widths[0] as number))).join(' '));
  }
  return lines.join('\n');
}

export interface Summary {
  pages: number;
  medianFirstBaselineMs: number;
  medianFirstFullMs: number;
  /** The budgeted ratio: first runs, what a page pays. */
  medianFirstRatio: number;
  medianFirstStageMs: Record<string, number>;
  medianBaselineMs: number;
  medianFullMs: number;
  medianRatio: number;
  medianIncrementalMs: number;
  medianIncrementalRatio: number;
  medianIncrementalPerNodeMs: number;
  medianHeapMB: number;
  medianStageMs: Record<string, number>;
  medianLoadWithMs?: number;
  medianLoadWithoutMs?: number;
  /** Median over pages of (load with / load without − 1), in percent. */
  loadDifferencePct?: number;
  /** How many pages that median is over. */
  loadedPages?: number;
}

export function summarise(rows: readonly PageRow[]): Summary {
  const ok = rows.filter((r) => !r.error && r.fullMs !== undefined);
  const stages = new Set(ok.flatMap((r) => Object.keys(r.stageMs ?? {})));
  const loads = ok.filter((r) => r.withExtension?.loadMs.length && r.withoutExtension?.loadMs.length);
  const firstStages = new Set(ok.flatMap((r) => Object.keys(r.firstStageMs ?? {})));
  const summary: Summary = {
    pages: ok.length,
    medianFirstBaselineMs: median(ok.map((r) => r.firstBaselineMs ?? NaN)),
    medianFirstFullMs: median(ok.map((r) => r.firstFullMs ?? NaN)),
    medianFirstRatio: median(ok.map((r) => r.firstRatio ?? NaN)),
    medianFirstStageMs: Object.fromEntries([...firstStages].map((k) => [k, median(ok.map((r) => r.firstStageMs?.[k] ?? NaN))])),
    medianBaselineMs: median(ok.map((r) => r.baselineMs as number)),
    medianFullMs: median(ok.map((r) => r.fullMs as number)),
    medianRatio: median(ok.map((r) => r.ratio as number)),
    medianIncrementalMs: median(ok.map((r) => r.incrementalMs as number)),
    medianIncrementalRatio: median(ok.map((r) => r.incrementalRatio as number)),
    medianIncrementalPerNodeMs: median(ok.map((r) => r.incrementalPerNodeMs ?? NaN)),
    medianHeapMB: median(ok.map((r) => r.heapUsedMB as number)),
    medianStageMs: Object.fromEntries([...stages].map((s) => [s, median(ok.map((r) => r.stageMs?.[s] ?? NaN))])),
  };
  if (loads.length) {
    summary.medianLoadWithMs = median(loads.map((r) => median(r.withExtension!.loadMs)));
    summary.medianLoadWithoutMs = median(loads.map((r) => median(r.withoutExtension!.loadMs)));
    summary.loadDifferencePct =
      100 * median(loads.map((r) => median(r.withExtension!.loadMs) / Math.max(1, median(r.withoutExtension!.loadMs)) - 1));
    summary.loadedPages = loads.length;
  }
  return summary;
}

export function formatSummary(name: string, s: Summary): string {
  const stages = Object.entries(s.medianStageMs)
    .map(([k, v]) => `${k} ${f(v, 2)}`)
    .join(', ');
  const firstStages = Object.entries(s.medianFirstStageMs)
    .map(([k, v]) => `${k} ${f(v, 2)}`)
    .join(', ');
  const load =
    s.loadDifferencePct === undefined
      ? ''
      : `; load ${f(s.medianLoadWithMs, 0)} ms with, ${f(s.medianLoadWithoutMs, 0)} ms without (${f(s.loadDifferencePct, 1)}%)`;
  return (
    `${name} (${s.pages} pages) medians: first run (fresh world): baseline ${f(s.medianFirstBaselineMs, 2)} ms, full ${f(s.medianFirstFullMs, 2)} ms, ratio ${f(s.medianFirstRatio, 2)}×; ` +
    `steady state: baseline ${f(s.medianBaselineMs, 2)} ms, full ${f(s.medianFullMs, 2)} ms, ratio ${f(s.medianRatio, 2)}×, ` +
    `incremental ${f(s.medianIncrementalMs, 2)} ms (${f(s.medianIncrementalRatio * 100, 1)}% of full; ${f(s.medianIncrementalPerNodeMs, 2)} ms as 10 per-node rescans), heap ${f(s.medianHeapMB, 1)} MB${load}\n` +
    `  stages (median ms): first run ${firstStages}; steady state ${stages}`
  );
}

export interface GrowthPoint {
  elements: number;
  fullMs: number;
  msPer1k: number;
}

/** The `n` real pages with the most elements (scanned without error). */
export function largestCorpusPages(rows: readonly PageRow[], n: number): string[] {
  return rows
    .filter((r) => r.group === 'corpus' && !r.error)
    .sort((a, b) => (b.elements ?? 0) - (a.elements ?? 0))
    .slice(0, n)
    .map((r) => r.page);
}

/** The first-run budget of issue 19: a full scan costs at most this many bare text passes. */
export const FIRST_RUN_RATIO_BUDGET = 1.5;
/** The median page-load line is judged over at least this many pages (--quick loads three). */
export const MIN_PAGES_FOR_LOAD_MEDIAN = 10;

/** Load overhead allowed on each of the three largest real pages, in percent. */
export const LARGEST_PAGES_LOAD_BUDGET_PCT = 2;

export function budgets(
  corpus: Summary | null,
  rows: readonly PageRow[],
  bundle: BundleReport,
  growth: GrowthPoint[],
  extensionActive: boolean,
): Budget[] {
  const out: Budget[] = [];
  out.push({
    name: 'full scan vs bare text pass',
    limit: `≤ ${FIRST_RUN_RATIO_BUDGET}× (median over the corpus), first runs: each page is scanned once`,
    measured: corpus
      ? `${f(corpus.medianFirstRatio, 2)}× first run; ${f(corpus.medianRatio, 2)}× steady state (repeated runs, optimised code)`
      : 'no corpus',
    pass: corpus ? corpus.medianFirstRatio <= FIRST_RUN_RATIO_BUDGET : null,
    note: corpus && corpus.medianRatio > 3 ? 'the steady-state ratio is over 3× (docs/performance.md says why)' : undefined,
  });
  const big = rows.filter((r) => !r.error && (r.elements ?? 0) >= 10_000);
  const worst = big.reduce<PageRow | null>((w, r) => (!w || (r.incrementalRatio ?? 0) > (w.incrementalRatio ?? 0) ? r : w), null);
  out.push({
    name: 'incremental rescan on pages ≥ 10k elements',
    limit: '≤ 10% of a full scan, every page (10 added nodes rescanned as one region)',
    measured: big.length
      ? `${big.filter((r) => (r.incrementalRatio ?? 1) <= 0.1).length}/${big.length} pass; worst ${worst?.page} ${f((worst?.incrementalRatio ?? 0) * 100, 1)}%`
      : 'no page ≥ 10k',
    pass: big.length ? big.every((r) => (r.incrementalRatio ?? 1) <= 0.1) : null,
  });
  const huge = rows.find((r) => r.page === 'generated-100k');
  if (huge) {
    const slice = huge.slicedLongestSliceMs ?? Infinity;
    // Tasks after the load event: the page's own parse is over, and the content script scans.
    // The first frame after load is counted apart, in both runs: it is the browser's own.
    const maxOf = (list: readonly number[] | undefined) => (list?.length ? Math.max(...list) : NaN);
    const withLt = maxOf(huge.withExtension?.longTaskMs);
    const withoutLt = maxOf(huge.withoutExtension?.longTaskMs);
    // --quick loads the page with the extension only: the loads without it are a reference.
    const without = (ms: number) => (huge.withoutExtension?.loadMs.length ? `${f(ms, 0)} ms without` : 'no load without it');
    const withAfter = maxOf(huge.withExtension?.afterLoadLongTaskMs);
    const withoutAfter = maxOf(huge.withoutExtension?.afterLoadLongTaskMs);
    const withFirstFrame = maxOf(huge.withExtension?.firstFrameLongTaskMs);
    const withoutFirstFrame = maxOf(huge.withoutExtension?.firstFrameLongTaskMs);
    const warnings = huge.withExtension?.warningShownMs ?? [];
    const shown = warnings.filter((w): w is number => w !== null);
    // A load whose warning never appeared may have ended before the scan did: it proves nothing.
    const measuredInLoads = extensionActive && Number.isFinite(withAfter) && shown.length === warnings.length;
    out.push({
      name: 'no task over 50 ms on the 100k page',
      limit:
        "with the extension, no task over 50 ms after the load event (when the content script scans) but the first frame, which is the browser's own in both runs; tasks from the page's longtask observer and from a trace of each load, which also sees frames that run no script; in-page sliced scan reported beside",
      measured:
        `loads: longest task after the load event ${f(withAfter, 0)} ms with the extension, ${without(withoutAfter)}; ` +
        `first frame after load (Chromium's page-text capture) ${f(withFirstFrame, 0)} ms with, ${without(withoutFirstFrame)} (0: under 50 ms); ` +
        `warning shown ${shown.length ? `${f(Math.min(...shown), 0)}–${f(Math.max(...shown), 0)} ms` : 'never'} after the load event` +
        (shown.length < warnings.length ? ` (not in ${warnings.length - shown.length} of ${warnings.length} loads)` : '') +
        '; ' +
        (huge.withExtension?.tracedLongTasks?.length ? `traced: ${huge.withExtension.tracedLongTasks.join(', ')}; ` : '') +
        heapLine(huge.withExtension?.heapAfterLoad) +
        `whole load ${f(withLt, 0)} / ${f(withoutLt, 0)} ms (the page's own parse); ` +
        `in-page sliced scan: ${huge.slicedYields ?? 0} yields, slices p95 ${f(huge.slicedP95SliceMs, 1)} ms, longest ${f(slice, 1)} ms, long task ${f(huge.slicedLongTaskMs, 0)} ms`,
      pass: measuredInLoads ? withAfter <= 50 : extensionActive ? false : slice <= 50,
      note: measuredInLoads
        ? undefined
        : extensionActive
          ? `the warning did not appear within ${WARNING_TIMEOUT_MS / 1000} s in every load, so the loads may have ended before the scan`
          : 'extension not active in the load runs: the in-page sliced scan counts instead',
    });
  }
  const size = bundle.built?.bytes;
  out.push({
    name: 'content script size',
    limit: `≤ ${CONTENT_SCRIPT_BUDGET / 1000} kB minified (test/e2e/harness/content-budget.ts), no zod`,
    measured:
      size === undefined
        ? 'not built'
        : `${f(size / 1000, 1)} kB (${f((bundle.built?.gzipBytes ?? 0) / 1000, 1)} kB gzip), zod ${bundle.built?.hasZod ? 'present' : 'absent'}`,
    pass: size === undefined ? null : size <= CONTENT_SCRIPT_BUDGET && !bundle.built?.hasZod,
  });
  // --quick loads only the three largest real pages: a median of their few pairs is the noise
  // the next line leaves unjudged, so the median is judged only over a full bench's pages.
  const loadedPages = corpus?.loadedPages ?? 0;
  const tooFewLoaded = loadedPages > 0 && loadedPages < MIN_PAGES_FOR_LOAD_MEDIAN;
  out.push({
    name: 'page load with the extension',
    limit: 'within 5% of without (median over pages)',
    measured:
      corpus?.loadDifferencePct === undefined ? 'not measured' : `${f(corpus.loadDifferencePct, 1)}% (${loadedPages} pages)`,
    pass: corpus?.loadDifferencePct === undefined || tooFewLoaded ? null : corpus.loadDifferencePct <= 5,
    reportedOnly: tooFewLoaded
      ? `a median of ${loadedPages} pages drowns in the noise of their load pairs: judged when ${MIN_PAGES_FOR_LOAD_MEDIAN} or more pages are loaded (the full bench loads every page)`
      : undefined,
    note: extensionActive ? undefined : 'extension not active',
  });
  const largest = largestCorpusPages(rows, 3)
    .map((name) => rows.find((r) => r.page === name) as PageRow)
    .filter((r) => r.withExtension?.loadMs.length && r.withoutExtension?.loadMs.length);
  const overhead = (r: PageRow) => 100 * (median(r.withExtension!.loadMs) / Math.max(1, median(r.withoutExtension!.loadMs)) - 1);
  // Reported, not judged: at the two or three load pairs a bench can afford, the difference of
  // load times moves by 8–24% between runs on the bench machine, ten times the 2% budget, and a
  // `--strict` run failed or passed at random on it. The budget is judged by the traced line below.
  out.push({
    name: 'page load with the extension, three largest real pages',
    limit: `within ${LARGEST_PAGES_LOAD_BUDGET_PCT}% of without, each page (median of its load pairs)`,
    measured: largest.length
      ? largest.map((r) => `${r.page} (${r.elements} elements) ${f(overhead(r), 1)}%`).join(', ')
      : 'not measured',
    pass: null,
    reportedOnly: 'the difference of load times drowns in the noise of a few pairs: the next line judges this budget',
    note: extensionActive ? undefined : 'extension not active',
  });
  // The extension's own script time before the load event, from a trace of each load: the most
  // it can have delayed that event. Unlike the difference of load times above, it does not
  // drown in the machine's noise (±8–16% between pairs on the bench machine).
  const beforeLoadPct = (r: PageRow) =>
    median((r.withExtension?.beforeLoad ?? []).map((b) => (100 * b.extensionMs) / Math.max(1, b.loadMs)));
  const traced = largest.filter((r) => r.withExtension?.beforeLoad?.length);
  out.push({
    name: "the extension's script time before the load event, three largest real pages",
    limit: `≤ ${LARGEST_PAGES_LOAD_BUDGET_PCT}% of the load, each page (median of its traced loads)`,
    measured: traced.length
      ? traced
          .map((r) => {
            const ms = median(r.withExtension!.beforeLoad!.map((b) => b.extensionMs));
            return `${r.page} ${f(ms, 1)} ms, ${f(beforeLoadPct(r), 2)}%`;
          })
          .join(', ')
      : 'not measured',
    pass: traced.length && extensionActive ? traced.every((r) => beforeLoadPct(r) <= LARGEST_PAGES_LOAD_BUDGET_PCT) : null,
    note: extensionActive ? undefined : 'extension not active',
  });
  if (growth.length >= 2) {
    const first = growth[0] as GrowthPoint;
    const last = growth[growth.length - 1] as GrowthPoint;
    const factor = last.msPer1k / Math.max(first.msPer1k, 1e-6);
    out.push({
      name: 'scan time grows linearly',
      limit: 'ms per 1k elements at the largest page ≤ 1.5× that at 10k',
      measured:
        growth.map((g) => `${g.elements / 1000}k: ${f(g.fullMs, 1)} ms (${f(g.msPer1k, 2)} ms/1k)`).join(', ') +
        `; factor ${f(factor, 2)}`,
      pass: factor <= 1.5,
    });
  }
  return out;
}

export function formatBudgets(list: readonly Budget[]): string {
  return list
    .map(
      (b) =>
        `${b.reportedOnly ? 'INFO' : b.pass === null ? 'N/A ' : b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured}  [budget ${b.limit}]${b.reportedOnly ? ` (${b.reportedOnly})` : ''}${b.note ? ` (${b.note})` : ''}`,
    )
    .join('\n');
}

/**
 * The 100k loads' heaps in a phrase: in how many V8 began a major collection after the load
 * event, and how close the old generation came to its limit. A major collection there traces the
 * page's whole DOM, and its steps were the long tasks that failed this budget (trace-tasks.ts).
 */
export function heapLine(heaps: readonly HeapAfterLoad[] | undefined): string {
  if (!heaps?.length) return '';
  const range = (values: number[]) => {
    const lo = Math.min(...values).toFixed(1);
    const hi = Math.max(...values).toFixed(1);
    return lo === hi ? lo : `${lo}–${hi}`;
  };
  const collected = heaps.filter((h) => h.markingStarts > 0).length;
  return (
    `major collection after load in ${collected} of ${heaps.length} loads (old generation ` +
    `${range(heaps.map((h) => h.oldAtLoadMB))} → ${range(heaps.map((h) => h.oldPeakMB))} MB, limit ${range(heaps.map((h) => h.limitMB))} MB, ` +
    `young capacity ${range(heaps.map((h) => h.youngCapacityMB))} MB); `
  );
}
