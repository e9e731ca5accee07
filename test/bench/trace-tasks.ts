// Main-thread tasks of one load read from a Chromium trace: every task over 50 ms after the
// load event, whether or not the page's `longtask` observer reports it. The observer reports a
// task only if script ran in it; V8's own collection tasks and rendering-only frames are not
// reported, though a scan's allocation causes the former.
import type { CDPSession } from 'playwright-core';

export interface TracedTask {
  atMs: number;
  durationMs: number;
  /**
   * Of that, the time the main thread ran on a CPU (the trace's thread time), when the trace
   * has it. On this shared 2-core machine a task's wall time was up to 2.4 times its CPU time:
   * the rest the thread waited for a core (or, in a collection, for its helper threads).
   */
  cpuMs?: number;
  /** What the task was: the longest named event inside it (a collection, a frame, a callback). */
  kind: string;
  /** The time inside it by event name (style, layout, paint, script …), longest first; nested events count in each. */
  inside: Array<{ name: string; ms: number }>;
  /** The callback of a long script call in it: function@file:line:column. */
  script?: string;
}

/** Events that say where a task's time went. */
const INSIDE =
  /^(Layout|UpdateLayoutTree|PrePaint|Paint|Layerize|UpdateLayer|HitTest|FunctionCall|v8\.compile|v8\.callFunction|V8\.GC.*|MinorGC|MajorGC|ParseHTML|IntersectionObserverController::computeIntersections|ResizeObserverController::DeliverObservations|Blink\.\w+\.UpdateTime)$/;
/** The `blink` category's lifecycle timers, named as the `devtools.timeline` events they stand for. */
const insideName = (name: string) => /^Blink\.(\w+)\.UpdateTime$/.exec(name)?.[1] ?? name;

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long of `dur` the thread ran on a CPU. */
  tdur?: number;
  tid: number;
  args?: {
    /** V8.GCTraceGCNVP: one collection's figures, as a JSON object in a string. */
    value?: string;
    frame?: string;
    data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number; isOutermostMainFrame?: boolean };
  };
}

/**
 * What a trace records. `full`: every task and what it held, from categories that cost the page
 * nothing measurable. `devtools.timeline` is left out of it: its Layout event counts every layout
 * object of the page (the trace lists 217,924 on the 100k page), and with it a frame that draws
 * our UI on that page took 14–16 ms instead of 7–9 (what-we-tried.md, issue 19): the trace
 * made the very frames it was to judge twice as long. `timeline`: that category too, for the
 * names of the script callbacks, in probes that say so. `scripts`: whose script ran and when.
 */
const CATEGORIES = {
  full: 'toplevel,blink,disabled-by-default-v8.gc,v8,blink_gc,blink.user_timing',
  timeline: 'toplevel,devtools.timeline,disabled-by-default-v8.gc,v8,blink_gc,blink.user_timing',
  scripts: 'toplevel,devtools.timeline,blink.user_timing',
} as const;
export type TraceDetail = keyof typeof CATEGORIES;
const LONG_US = 50_000;
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
/** Events that name what a task did, longest first wins. */
const KINDS =
  /^(MajorGC|MinorGC|V8\.GCFinalizeMC|V8\.GC_MC_INCREMENTAL|V8\.GCScavenger|WebFrameWidgetImpl::UpdateLifecycle|FireIdleCallback|FireAnimationFrame|TimerFire|EvaluateScript|FunctionCall|v8\.callFunction|ParseHTML)$/;

/** What a trace of one load says. */
export interface TracedLoad {
  /** Every main-thread task over 50 ms after the load event. */
  tasks: TracedTask[];
  /**
   * The extension's own script time on the page's main thread between the navigation and the
   * load event: the most it can have delayed that event. Null when the trace has no load event.
   */
  extensionBeforeLoadMs: number | null;
  /** The page's V8 heap after the load event, from its collection records; null without any. */
  heap: HeapAfterLoad | null;
}

/**
 * What decides whether V8 starts a major collection on a page after its load event. V8 starts
 * incremental marking once the room left in the old generation (its allocation limit minus what
 * it holds) is smaller than the young generation's capacity. A major collection of the 100k
 * page traces all of its DOM, and its steps were the long tasks left there (what-we-tried.md).
 */
export interface HeapAfterLoad {
  /** The old generation at the first collection after the load event, and the most it held after that, MB. */
  oldAtLoadMB: number;
  oldPeakMB: number;
  /** The old generation's allocation limit, MB (the lowest seen after the load event). */
  limitMB: number;
  /** The young generation's capacity, MB (the highest seen after the load event). */
  youngCapacityMB: number;
  /** Incremental markings V8 began after the load event: each is a major collection. */
  markingStarts: number;
}

/** Starts tracing; the returned function stops it and reads the load just made. */
export async function traceTasks(cdp: CDPSession, detail: TraceDetail = 'full'): Promise<() => Promise<TracedLoad>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES[detail], transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return { tasks: longTasks(events), extensionBeforeLoadMs: extensionBeforeLoad(events), heap: heapAfterLoad(events) };
  };
}

/** Script events that name whose script ran: a URL, or the isolated world's name. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.run', 'v8.compile', 'v8.callFunction', 'FunctionCall', 'v8.evaluateModule']);
const OURS = /chrome-extension:\/\/|"worldName":"Mingbai/;

/**
 * The page's load event: the latest `MarkLoad` (devtools.timeline) or, without that category,
 * the latest `loadEventStart` mark of the outermost main frame (blink.user_timing).
 */
function loadMark(events: readonly TraceEvent[]): TraceEvent | undefined {
  const latest = (list: TraceEvent[]) => list.sort((a, b) => b.ts - a.ts)[0];
  const marked = latest(events.filter((e) => e.name === 'MarkLoad'));
  if (marked) return marked;
  const main = latest(events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isOutermostMainFrame));
  return latest(events.filter((e) => e.name === 'loadEventStart' && (!main?.args?.frame || e.args?.frame === main.args.frame)));
}

/** The events of `list` that no other event of `list` holds. */
function outermost(list: readonly TraceEvent[]): TraceEvent[] {
  const within = (e: TraceEvent, outer: TraceEvent) => outer !== e && outer.ts <= e.ts && e.ts < outer.ts + (outer.dur ?? 0);
  return list.filter((e) => !list.some((outer) => within(e, outer)));
}

function extensionBeforeLoad(events: readonly TraceEvent[]): number | null {
  const load = loadMark(events);
  if (!load) return null;
  // The navigation of this load: the latest start mark of the main frame before its load event.
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.ts <= load.ts)
    .reduce((latest, e) => Math.max(latest, e.ts), 0);
  const ours = events.filter(
    (e) =>
      e.tid === load.tid &&
      e.ph === 'X' &&
      SCRIPT_EVENTS.has(e.name) &&
      e.ts >= start &&
      e.ts < load.ts &&
      OURS.test(JSON.stringify(e.args ?? {})),
  );
  // Outermost only: an evaluation holds its compile and run.
  return outermost(ours).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}

/** The page's main-thread tasks over 50 ms that began at or after its load event, with what each held. */
export function longTasks(events: readonly TraceEvent[]): TracedTask[] {
  const load = loadMark(events);
  if (!load) return [];
  const thread = events.filter((e) => e.tid === load.tid && e.ph === 'X');
  // A task, or a microtask checkpoint run outside any task (a promise chain that resumed after
  // one, as the page UI's first render does).
  const top = thread.filter((e) => TOP_LEVEL.has(e.name) && e.ts >= load.ts);
  const tasks = outermost(top).filter((e) => (e.dur ?? 0) > LONG_US);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inner = thread
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && KINDS.test(e.name))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    const byName = new Map<string, number>();
    for (const e of thread)
      if (e !== task && e.ts >= task.ts && e.ts < end && INSIDE.test(e.name))
        byName.set(insideName(e.name), (byName.get(insideName(e.name)) ?? 0) + (e.dur ?? 0) / 1000);
    const inside = [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
    // Which of our (or the page's) callbacks a long script call ran.
    const call = thread.find((e) => e.name === 'FunctionCall' && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > LONG_US / 2);
    const where = call?.args?.data;
    const script = where
      ? `${where.functionName || '(anonymous)'}@${(where.url ?? '').split('/').pop()}:${where.lineNumber}:${where.columnNumber}`
      : undefined;
    return {
      atMs: (task.ts - load.ts) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      ...(task.tdur === undefined ? {} : { cpuMs: task.tdur / 1000 }),
      kind: inner?.name ?? 'other',
      inside,
      script,
    };
  });
}

const MB = 2 ** 20;

/** The main thread's collection records after the load event (the categories of `full` and `timeline`). */
export function heapAfterLoad(events: readonly TraceEvent[]): HeapAfterLoad | null {
  const load = loadMark(events);
  if (!load) return null;
  const after = events.filter((e) => e.tid === load.tid && e.ts >= load.ts);
  const records = after
    .filter((e) => e.name === 'V8.GCTraceGCNVP' && e.args?.value)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => JSON.parse(e.args?.value as string) as Record<string, number>);
  if (!records.length) return null;
  const of = (key: string) => records.map((r) => Number(r[key])).filter(Number.isFinite);
  return {
    oldAtLoadMB: (of('start_old_gen_consumed_size')[0] ?? NaN) / MB,
    oldPeakMB: Math.max(...of('start_old_gen_consumed_size'), ...of('end_old_gen_consumed_size')) / MB,
    limitMB: Math.min(...of('old_gen_allocation_limit')) / MB,
    youngCapacityMB: Math.max(...of('new_space_capacity')) / MB,
    markingStarts: after.filter((e) => e.name === 'V8.GCIncrementalMarkingStart').length,
  };
}

/** The heap after a load in a line: `old generation 1.5 → 4.3 MB of 10.0 (young 2.0); no major collection`. */
export function describeHeap(h: HeapAfterLoad): string {
  const mb = (n: number) => n.toFixed(1);
  const marking = h.markingStarts
    ? `${h.markingStarts} major collection${h.markingStarts > 1 ? 's' : ''}`
    : 'no major collection';
  return `old generation ${mb(h.oldAtLoadMB)} → ${mb(h.oldPeakMB)} MB of ${mb(h.limitMB)} (young ${mb(h.youngCapacityMB)}); ${marking}`;
}

/** One traced task in a line: `65 ms at +5100 (MajorGC: MajorGC 60, Paint 3)`. */
export function describeTask(t: TracedTask): string {
  const inside = t.inside
    .slice(0, 4)
    .map((i) => `${i.name} ${Math.round(i.ms)}`)
    .join(', ');
  const cpu = t.cpuMs === undefined ? '' : `, ${Math.round(t.cpuMs)} ms of it on the CPU`;
  return `${Math.round(t.durationMs)} ms at +${Math.round(t.atMs)}${cpu} (${t.kind}${inside ? `: ${inside}` : ''}${t.script ? `; ${t.script}` : ''})`;
}
