// Cooperative time slicing for long scans (uBlock Origin and Dark Reader do the same): work in
// slices of about `sliceMs`, then await the page's yield function so input, rendering and the
// page's own scripts run in between. Without a yield function there is no slicer and nothing
// ever pauses (CLI, tests, takeSnapshot).

export interface TimeSlicer {
  /** True when the current slice has used up its time. Reads the clock: call it every few hundred nodes. */
  due(): boolean;
  /** Give the page a turn, then start a new slice. */
  pause(): Promise<void>;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Default slice: half a frame at 60 Hz, so a yield comes well before a task counts as long (50 ms). */
export const DEFAULT_SLICE_MS = 8;

export function createTimeSlicer(yieldToPage: (() => Promise<void>) | undefined, sliceMs = DEFAULT_SLICE_MS): TimeSlicer | null {
  if (!yieldToPage) return null;
  const budget = Number.isFinite(sliceMs) && sliceMs > 0 ? sliceMs : DEFAULT_SLICE_MS;
  let sliceStart = clock();
  return {
    due: () => clock() - sliceStart >= budget,
    async pause() {
      await yieldToPage();
      sliceStart = clock();
    },
  };
}
