// @vitest-environment node
// The bench's budgets (issue 19): a first scan at most 1.5 bare text passes, and at most 2% more
// load time on each of the three largest real pages; every line prints its figure and its budget.
import { describe, expect, it } from 'vitest';
import { budgets, formatBudgets, largestCorpusPages, summarise, type PageRow } from '../../bench/bench-report';

const load = (ms: number) => ({
  loadMs: [ms, ms, ms],
  longTaskMs: [0],
  afterLoadLongTaskMs: [0],
  firstFrameLongTaskMs: [0],
  warningShownMs: [],
});

function row(page: string, elements: number, firstRatio: number, withMs = 1000, withoutMs = 1000): PageRow {
  return {
    page,
    group: 'corpus',
    elements,
    baselineMs: 1,
    fullMs: 2,
    ratio: 2,
    firstBaselineMs: 1,
    firstFullMs: firstRatio,
    firstRatio,
    incrementalMs: 0.1,
    incrementalRatio: 0.05,
    withExtension: load(withMs),
    withoutExtension: load(withoutMs),
  };
}

const bundle = { built: { path: 'content.js', bytes: 100_000, gzipBytes: 30_000, hasZod: false, hasJsonpath: false } };
const find = (rows: PageRow[], name: string) => budgets(summarise(rows), rows, bundle, [], true).find((b) => b.name === name)!;

describe('bench budgets', () => {
  it('judges the first run against 1.5 bare text passes', () => {
    const under = [row('a', 10, 1.4), row('b', 20, 1.45), row('c', 30, 1.2)];
    const over = [row('a', 10, 1.6), row('b', 20, 1.45), row('c', 30, 1.7)];
    expect(find(under, 'full scan vs bare text pass').pass).toBe(true);
    expect(find(over, 'full scan vs bare text pass').pass).toBe(false);
  });

  it('reports the load difference of the three largest real pages, and judges no other page', () => {
    const rows = [
      row('small', 10, 1, 1500, 1000),
      row('big1', 5000, 1, 1010, 1000),
      row('big2', 6000, 1, 1015, 1000),
      row('big3', 7000, 1, 1000, 1000),
    ];
    expect(largestCorpusPages(rows, 3)).toEqual(['big3', 'big2', 'big1']);
    const line = () => find(rows, 'page load with the extension, three largest real pages');
    expect(line().measured).toBe('big3 (7000 elements) 0.0%, big2 (6000 elements) 1.5%, big1 (5000 elements) 1.0%');
    // Printed, never a failure: at a few load pairs the difference is the machine's noise.
    rows[1] = row('big1', 5000, 1, 1300, 1000);
    expect(line().measured).toContain('big1 (5000 elements) 30.0%');
    expect(line().pass).toBeNull();
    expect(formatBudgets([line()])).toMatch(/^INFO {2}page load with the extension, three largest real pages: /);
  });

  it('judges the median load difference only over enough pages (--quick loads three)', () => {
    const name = 'page load with the extension';
    const pages = (n: number, withMs: number) => Array.from({ length: n }, (_, i) => row(`p${i}`, 100 + i, 1, withMs, 1000));
    expect(find(pages(12, 1030), name).pass).toBe(true);
    expect(find(pages(12, 1080), name).pass).toBe(false);
    expect(find(pages(12, 1080), name).measured).toBe('8.0% (12 pages)');
    // Three pages: printed, neither pass nor fail.
    const few = find(pages(3, 1080), name);
    expect(few.pass).toBeNull();
    expect(formatBudgets([few])).toMatch(
      /^INFO {2}page load with the extension: 8\.0% \(3 pages\) .*\(a median of 3 pages drowns/,
    );
  });

  it("holds the extension's traced script time before the load event to 2% of each of those loads", () => {
    const name = "the extension's script time before the load event, three largest real pages";
    const traced = (page: string, elements: number, extensionMs: number[]) => {
      const r = row(page, elements, 1);
      r.withExtension!.beforeLoad = extensionMs.map((ms) => ({ extensionMs: ms, loadMs: 1000 }));
      return r;
    };
    const rows = [
      row('small', 10, 1),
      traced('big1', 5000, [5, 30, 6]),
      traced('big2', 6000, [19, 2, 3]),
      traced('big3', 7000, [8, 8, 8]),
    ];
    expect(find(rows, name).pass).toBe(true);
    expect(find(rows, name).measured).toContain('big1 6.0 ms, 0.60%');
    rows[3] = traced('big3', 7000, [25, 21, 8]);
    expect(find(rows, name).pass).toBe(false);
    // Not traced: not measured, neither pass nor fail.
    expect(find([row('big1', 5000, 1)], name).pass).toBeNull();
  });

  it('judges the 100k page on its loads with the extension; those without it are a reference that --quick leaves out', () => {
    const name = 'no task over 50 ms on the 100k page';
    const noLoads = { loadMs: [], longTaskMs: [], afterLoadLongTaskMs: [], firstFrameLongTaskMs: [], warningShownMs: [] };
    const huge = (afterLoad: number[], without: boolean): PageRow => ({
      ...row('generated-100k', 100_000, 9),
      group: 'generated',
      withExtension: { ...load(20_000), afterLoadLongTaskMs: afterLoad, warningShownMs: afterLoad.map(() => 5000) },
      withoutExtension: without ? { ...load(19_000), afterLoadLongTaskMs: [30], firstFrameLongTaskMs: [60] } : noLoads,
    });
    const both = find([huge([0, 40], true)], name);
    expect(both.pass).toBe(true);
    expect(both.measured).toContain('longest task after the load event 40 ms with the extension, 30 ms without;');
    expect(both.measured).toContain('0 ms with, 60 ms without (0: under 50 ms)');
    const quick = find([huge([0, 40], false)], name);
    expect(quick.pass).toBe(true);
    expect(quick.measured).toContain('40 ms with the extension, no load without it;');
    expect(find([huge([0, 51], false)], name).pass).toBe(false);
  });

  it('prints every figure with its budget', () => {
    const rows = [row('a', 10, 1.4)];
    const lines = formatBudgets(budgets(summarise(rows), rows, bundle, [], true)).split('\n');
    for (const line of lines) expect(line).toMatch(/^(PASS|FAIL|N\/A|INFO) .*: .+ \[budget .+\]/);
    expect(lines.join('\n')).toContain('1.40× first run');
  });
});
