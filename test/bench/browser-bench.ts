// The real-browser half of the benchmark (Chromium through playwright-core):
// 1. scans: each page loaded without the extension; the core bundle evaluated in an isolated
//    world (like a content script) and measured in the page (bench-entry.ts); heap via CDP.
// 2. loads: the same page loaded alternately in a profile with the built extension and one
//    without, for the load event time and the longest task (PerformanceObserver 'longtask').
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackData } from '../../src/core/evaluate/ruleset';
import { contentPacksRecord } from '../../src/extension/background/content-packs';
import { WARNING_TIMEOUT_MS } from './bench-report';
import type { PageMeasure } from './bench-entry';
import type { BenchPage, PageServer } from './page-server';
import { traceTasks, type HeapAfterLoad, type TraceDetail, type TracedTask } from './trace-tasks';

export const CHROMIUM = '/usr/lib/chromium/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Saved pages point at the whole web: every host but ours fails to resolve at once. (A
  // playwright route would do the same but pauses every request for a round trip to Node,
  // which made a 10k-element page with 1,700 images take seconds to load.)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // Extra flags for a probe, e.g. MINGBAI_BENCH_ARGS=--js-flags=--trace-gc-nvp with DEBUG=pw:browser.
  ...(process.env.MINGBAI_BENCH_ARGS ?? '').split(' ').filter(Boolean),
];

export interface FirstRuns {
  /** The bare text pass, each the first code run in a fresh isolated world. */
  baselineMs: number[];
  /** A full scan, likewise, each in its own fresh world (packs compiled first, untimed). */
  fullMs: number[];
  /** Stage timings of each first full scan. */
  stageMs: Array<Record<string, number>>;
}

export interface ScanFigures extends PageMeasure {
  first: FirstRuns;
  heapUsedMB: number;
  heapScanDeltaMB: number;
}

async function isolatedEval<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const res = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
    result: { value?: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value as T;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

export class ScanBench {
  /**
   * One tab for every page: a new tab is a new renderer process, whose font and style caches
   * start cold, and that made loading a saved Chinese page take 1.1–1.8 s instead of 0.3–0.9 s
   * (half the time of the scan phase). Each first run is still in a fresh isolated world. In a
   * warm process both sides of a first run take about 0.5 ms less; their ratio, which the budget
   * judges, did not move (docs/decisions/what-we-tried.md).
   */
  private tab: Page | null = null;
  /** Tabs opened so far: more than one means a page failed and its tab was replaced. */
  tabsOpened = 0;

  private constructor(
    private readonly context: BrowserContext,
    private readonly close: () => Promise<void>,
  ) {}

  static async start(): Promise<ScanBench> {
    // gc() in each page, for the first runs (bench-entry.ts collectGarbage); the load runs go without.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--js-flags=--expose-gc', ...ARGS],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    return new ScanBench(context, () => browser.close());
  }

  /**
   * `firstRuns` pairs of first runs (baseline and full scan, which goes first alternating), each
   * in a fresh isolated world: what a content script pays on a page it scans once. Then the
   * steady-state figures in one more world (bench-entry.ts measurePage).
   */
  async measure(url: string, bundle: string, packs: readonly PackData[], reps: number, firstRuns: number): Promise<ScanFigures> {
    if (!this.tab || this.tab.isClosed()) {
      this.tab = await this.context.newPage();
      this.tabsOpened++;
    }
    const page = this.tab;
    let ok = false;
    try {
      // The DOM is what we scan; the load event may trail far behind on a slow machine.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
      await page.waitForLoadState('load', { timeout: 20_000 }).catch(() => {});
      const cdp = await this.context.newCDPSession(page);
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      let worlds = 0;
      const freshWorld = async (): Promise<number> => {
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: `mingbai-bench-${worlds++}`,
        });
        await isolatedEval(cdp, executionContextId, bundle);
        return executionContextId;
      };
      const first: FirstRuns = { baselineMs: [], fullMs: [], stageMs: [] };
      // The part of the packs the content script is sent (the background makes it).
      const gateJson = JSON.stringify(
        contentPacksRecord(
          packs.map((pack) => ({ pack })),
          'bench',
          'gate',
        ).packs,
      );
      for (let i = 0; i < firstRuns; i++) {
        for (const which of i % 2 ? (['scan', 'baseline'] as const) : (['baseline', 'scan'] as const)) {
          const world = await freshWorld();
          const run = await isolatedEval<{ ms: number; timings: Record<string, number> }>(
            cdp,
            world,
            `__mingbaiBench.firstRun(${JSON.stringify(which)}, ${JSON.stringify(packs)}, ${gateJson})`,
          );
          if (which === 'baseline') first.baselineMs.push(run.ms);
          else {
            first.fullMs.push(run.ms);
            first.stageMs.push(run.timings);
          }
        }
      }
      const executionContextId = await freshWorld();
      const figures = await isolatedEval<PageMeasure>(
        cdp,
        executionContextId,
        `__mingbaiBench.measurePage(${JSON.stringify(packs)}, ${reps})`,
      );
      const before = await heapUsed(cdp);
      await isolatedEval(cdp, executionContextId, '__mingbaiBench.scanAndHold()');
      const after = await heapUsed(cdp);
      await cdp.detach();
      ok = true;
      return { ...figures, first, heapUsedMB: after / 2 ** 20, heapScanDeltaMB: (after - before) / 2 ** 20 };
    } finally {
      // A page that failed may have left its renderer hung or crashed: the next one gets a new tab.
      if (!ok) {
        this.tab = null;
        await page.close().catch(() => {});
      }
    }
  }

  stop(): Promise<void> {
    return this.close();
  }
}

export interface LoadFigures {
  loadMs: number[];
  longTaskMs: number[];
  /**
   * The longest task that started at or after the load event, per load, not counting the
   * first frame after it (below): the content script starts its scan at the load event, so
   * with the extension these are the tasks it can cause.
   */
  afterLoadLongTaskMs: number[];
  /**
   * The task of the first frame after the load event, when it was a long task (else 0). The
   * probe asks for that frame in both runs, as any page that draws after load gets one. In it
   * Chromium captures the page's text once (ChromeRenderFrameObserver::CapturePageText): 34–65 ms
   * in traces of the 100k page, long tasks of 50–91 ms in bench loads, with or without the
   * extension (docs/performance.md).
   */
  firstFrameLongTaskMs: number[];
  /** Loads of a page that should get a warning: from the load event to the warning, or null when none appeared in time. */
  warningShownMs: Array<number | null>;
  /** Traced loads with the extension: each task over 50 ms that `afterLoadLongTaskMs` counts, in a line (trace-tasks.ts). */
  tracedLongTasks?: string[];
  /** Traced loads with the extension: the page's V8 heap after the load event (trace-tasks.ts). */
  heapAfterLoad?: HeapAfterLoad[];
  /** Traced loads with the extension: its script time on the main thread before the load event, and that load's time. */
  beforeLoad?: Array<{ extensionMs: number; loadMs: number }>;
}

// In the page's main world before any page script: the long tasks of the whole load, and the
// time of the first frame after the load event, which the probe asks for itself.
const LONG_TASK_PROBE = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('load', () => requestAnimationFrame(() => { window.__benchFirstFrameAt = performance.now(); }), { once: true });
  // When the extension's first UI host (a child of <html>) appears: the end of the page's scan.
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.querySelector(':scope > [data-mingbai-ui]')) return;
      window.__benchUiAt = performance.now();
      observer.disconnect();
    }).observe(document.documentElement, { childList: true });
  }, { once: true });
})();`;

/** A long task of a load: when it started after the load event (negative: before), how long, and whether it held the first frame after load. */
export interface LongTask {
  atMs: number;
  durationMs: number;
  firstFrame: boolean;
}

/** What one load measured. */
export interface LoadMeasure {
  loadMs: number;
  longTaskMs: number;
  afterLoadLongTaskMs: number;
  firstFrameLongTaskMs: number;
  /** From the load event to the extension's first warning on the page; null: none appeared. */
  warningShownMs: number | null;
  /** Loads traced (pages that get a warning): every main-thread task over 50 ms after the load event. */
  traced?: TracedTask[];
  /** Of those, the ones `afterLoadLongTaskMs` counts (the first frame after load left out). */
  tracedAfterLoad?: TracedTask[];
  /** Traced loads: the extension's script time on the main thread before the load event (trace-tasks.ts). */
  extensionBeforeLoadMs?: number;
  /** Loads traced in full: the page's V8 heap after the load event (trace-tasks.ts). */
  heap?: HeapAfterLoad;
}

/** After the warning appears: its frame, and any task that follows it. */
const UI_SETTLE_MS = 500;
/** How often a load looks for the warning. */
const WARNING_POLL_MS = 100;

/** The extension opens its welcome page on install, in a tab of its own in front: closed here. */
async function closeWelcomePage(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const welcome =
    context.pages().find(isWelcome) ??
    (await context
      .waitForEvent('page', { predicate: (p) => p.url() === 'about:blank' || isWelcome(p), timeout: 5000 })
      .catch(() => null));
  if (!welcome) return;
  if (!isWelcome(welcome)) await welcome.waitForURL(/\/welcome\.html$/, { timeout: 5000 }).catch(() => {});
  if (isWelcome(welcome)) await welcome.close();
}

/** A profile with (or without) the built extension; otherwise identical. */
export class LoadBench {
  private constructor(
    readonly withExtension: boolean,
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly dir: string,
    readonly extensionActive: boolean,
  ) {}

  static async start(extensionDir: string | null): Promise<LoadBench> {
    const dir = mkdtempSync(join(tmpdir(), 'mingbai-bench-'));
    const args = extensionDir
      ? [...ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : ARGS;
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args,
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript({ content: LONG_TASK_PROBE });
    let active = false;
    if (extensionDir) {
      // The MV3 background worker shows that Chromium took the extension.
      active =
        context.serviceWorkers().length > 0 ||
        !!(await context.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => null));
    }
    const page = context.pages()[0] ?? (await context.newPage());
    if (active) await closeWelcomePage(context);
    // The page under test must be the tab in front: a background tab draws no frames, so the
    // work a frame would do piles up until something forces it (a hit test forced 290 ms of it
    // on the 100k page while the welcome tab was in front).
    await page.bringToFront();
    return new LoadBench(!!extensionDir, context, page, dir, active);
  }

  /**
   * Load once; wait `settleMs` after the load event for the content script to finish. With
   * `waitForWarning` (a page that gets findings, loaded with the extension), also wait until
   * its first warning is on the page, plus UI_SETTLE_MS for the frame that draws it, so that the
   * long tasks read cover the whole scan however long it took.
   */
  async load(
    url: string,
    settleMs: number,
    waitForWarning = false,
    trace: boolean | TraceDetail = waitForWarning,
  ): Promise<LoadMeasure> {
    const cdp = trace ? await this.cdpSession() : null;
    const stopTrace = cdp ? await traceTasks(cdp, typeof trace === 'string' ? trace : 'full') : null;
    await this.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await this.page.waitForTimeout(settleMs);
    if (waitForWarning && this.withExtension) {
      if (await this.warningShown()) await this.page.waitForTimeout(UI_SETTLE_MS);
    }
    const { loadMs, warningShownMs, tasks: observed, frameAtMs } = await this.readLoad();
    const traceRead = stopTrace ? await stopTrace() : undefined;
    const traced = traceRead?.tasks;
    await cdp?.detach();
    // The trace also sees frames that ran no script and V8's own collection tasks, which the
    // page's longtask observer never reports: a frame that lays out and paints a page whose
    // content moved is as long a wait for the reader as a script.
    const holdsFirstFrame = (t: { atMs: number; durationMs: number }) =>
      t.atMs <= frameAtMs && frameAtMs <= t.atMs + t.durationMs;
    const tasks: LongTask[] = [
      ...observed,
      ...(traced ?? []).map((t) => ({ atMs: t.atMs, durationMs: t.durationMs, firstFrame: holdsFirstFrame(t) })),
    ];
    const longest = (list: readonly LongTask[]) => Math.max(0, ...list.map((t) => t.durationMs));
    return {
      loadMs,
      longTaskMs: longest(tasks),
      afterLoadLongTaskMs: longest(tasks.filter((t) => t.atMs >= 0 && !t.firstFrame)),
      firstFrameLongTaskMs: longest(tasks.filter((t) => t.firstFrame)),
      warningShownMs,
      traced,
      tracedAfterLoad: traced?.filter((t) => t.atMs >= 0 && !holdsFirstFrame(t)),
      extensionBeforeLoadMs: traceRead?.extensionBeforeLoadMs ?? undefined,
      heap: traceRead?.heap ?? undefined,
    };
  }

  /**
   * Waits for the extension's first UI host, up to WARNING_TIMEOUT_MS. Polled from here with
   * plain evaluations: page.waitForFunction would install Playwright's injected script in the
   * page, and that alone was a 45–60 ms task plus a 55–125 ms frame (its listeners on window
   * make Chromium repaint the whole 100k page), in every load with the extension and none
   * without, since only those wait.
   */
  private async warningShown(): Promise<boolean> {
    const deadline = Date.now() + WARNING_TIMEOUT_MS;
    for (;;) {
      if (await this.page.evaluate('window.__benchUiAt !== undefined')) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, WARNING_POLL_MS));
    }
  }

  /** The long tasks of the last load that started at or after its load event, in order. */
  async longTasksAfterLoad(): Promise<LongTask[]> {
    return (await this.readLoad()).tasks.filter((t) => t.atMs >= 0);
  }

  /** What the probe recorded for the last load; times relative to its load event. */
  private async readLoad(): Promise<{ loadMs: number; warningShownMs: number | null; tasks: LongTask[]; frameAtMs: number }> {
    const raw = await this.page.evaluate(`(() => {
      const load = performance.getEntriesByType('navigation')[0]?.loadEventStart ?? 0;
      const frameAt = window.__benchFirstFrameAt ?? -1;
      return JSON.stringify({
        loadMs: load,
        frameAtMs: frameAt < 0 ? -1e9 : frameAt - load,
        warningShownMs: window.__benchUiAt === undefined ? null : window.__benchUiAt - load,
        tasks: (window.__benchLongTasks || []).map((t) => ({ atMs: t[0] - load, durationMs: t[1], firstFrame: t[0] <= frameAt && frameAt <= t[0] + t[1] })),
      });
    })()`);
    return JSON.parse(raw as string) as { loadMs: number; warningShownMs: number | null; tasks: LongTask[]; frameAtMs: number };
  }

  /** A DevTools protocol session on the bench's page (profilers, tracing). */
  cdpSession(): Promise<CDPSession> {
    return this.context.newCDPSession(this.page);
  }

  /**
   * Leave the page for about:blank and collect all garbage: the next load starts without what
   * the last one left in the tab's heap (the old page's wrappers and strings, which a reload of
   * the same page would otherwise free in its own collections).
   */
  async freshHeap(): Promise<void> {
    await this.page.goto('about:blank');
    const cdp = await this.cdpSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
  }

  async stop(): Promise<void> {
    await this.context.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Time after the load event for the content script's scan to end (a cold, sliced scan of 100k elements takes seconds). */
export function settleMsFor(elements: number): number {
  return Math.min(5000, 300 + Math.round(elements / 20));
}

export type { BenchPage, PageServer };
