// Main-thread tasks of one load read from a Chromium trace: every task over 50 ms after the
// load event, whether or not the page's `longtask` observer reports it. The observer reports a
// task only if script ran in it; V8's own collection tasks and rendering-only frames are not
// reported, though a scan's allocation causes the former.
import type { CDPSession } from 'playwright-core';

export interface TracedTask {
  atMs: number;
  durationMs: number;
  /** What the task was: the longest named event inside it (a collection, a frame, a callback). */
  kind: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-v8.gc,v8,blink_gc';
const LONG_US = 50_000;
/** Events that name what a task did, longest first wins. */
const KINDS =
  /^(MajorGC|MinorGC|V8\.GCFinalizeMC|V8\.GC_MC_INCREMENTAL|V8\.GCScavenger|WebFrameWidgetImpl::UpdateLifecycle|FireIdleCallback|FireAnimationFrame|TimerFire|EvaluateScript|FunctionCall|ParseHTML)$/;

/** Starts tracing; the returned function stops it and reads the tasks of the load just made. */
export async function traceTasks(cdp: CDPSession): Promise<() => Promise<TracedTask[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return longTasks(events);
  };
}

function longTasks(events: readonly TraceEvent[]): TracedTask[] {
  const load = events.filter((e) => e.name === 'MarkLoad').sort((a, b) => b.ts - a.ts)[0];
  if (!load) return [];
  const thread = events.filter((e) => e.tid === load.tid && e.ph === 'X');
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > LONG_US && e.ts >= load.ts);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inner = thread
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && KINDS.test(e.name))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    return { atMs: (task.ts - load.ts) / 1000, durationMs: (task.dur ?? 0) / 1000, kind: inner?.name ?? 'other' };
  });
}
