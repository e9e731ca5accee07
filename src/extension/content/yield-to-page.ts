// How a long scan steps aside so the page stays responsive.
//
// A visible page: requestIdleCallback, with a timeout so that a page that is never idle still
// gets scanned. The browser does its own deferred work in idle time too: on a 100k-element page,
// sweeping the previous page's DOM and V8's incremental marking. With scheduler.yield the scan
// kept the thread busy to its end, that work piled up and then ran forced, inside our slices
// (40–280 ms tasks). Yielding to idle time lets it run in its own turns (docs/performance.md).
//
// A hidden tab (or no requestIdleCallback): scheduler.yield(), whose continuation keeps its
// priority (a hidden tab has no idle periods, only the timeout, and nobody to keep responsive);
// else a macrotask.

type SchedulerWithYield = { yield?: () => Promise<void> };
type IdleCallbackHost = { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** The longest a slice waits for idle time before it runs anyway. */
export const IDLE_TIMEOUT_MS = 100;

export function makeYieldToPage(global: typeof globalThis = globalThis): () => Promise<void> {
  const scheduler = (global as { scheduler?: SchedulerWithYield }).scheduler;
  const busyYield =
    scheduler && typeof scheduler.yield === 'function'
      ? () => scheduler.yield!.call(scheduler)
      : () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const requestIdle = (global as IdleCallbackHost).requestIdleCallback;
  if (typeof requestIdle !== 'function') return busyYield;
  const doc = (global as { document?: Document }).document;
  return () =>
    doc?.hidden
      ? busyYield()
      : new Promise<void>((resolve) => {
          requestIdle.call(global, () => resolve(), { timeout: IDLE_TIMEOUT_MS });
        });
}
