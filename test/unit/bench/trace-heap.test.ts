// @vitest-environment node
// The bench reads, from a trace of each 100k load, whether V8 began a major collection after
// the load event and how close the old generation came to its limit (trace-tasks.ts).
import { describe, expect, it } from 'vitest';
import { heapLine } from '../../bench/bench-report';
import { describeHeap, heapAfterLoad } from '../../bench/trace-tasks';

const MB = 2 ** 20;
const PAGE_THREAD = 7;
const loadEvent = { name: 'loadEventStart', ph: 'R', ts: 1_000_000, tid: PAGE_THREAD };
const record = (ts: number, old: [number, number], limit: number, young: number, tid = PAGE_THREAD) => ({
  name: 'V8.GCTraceGCNVP',
  ph: 'X',
  ts,
  tid,
  args: {
    value: JSON.stringify({
      gc: 's',
      start_old_gen_consumed_size: old[0] * MB,
      end_old_gen_consumed_size: old[1] * MB,
      old_gen_allocation_limit: limit * MB,
      new_space_capacity: young * MB,
    }),
  },
});
const markingStart = (ts: number, tid = PAGE_THREAD) => ({ name: 'V8.GCIncrementalMarkingStart', ph: 'X', ts, tid });

describe('the heap after a load, from its trace', () => {
  it("reads the page thread's records after the load event only", () => {
    const heap = heapAfterLoad([
      // Before the load event: the page's own parse, not counted.
      record(500_000, [0.8, 0.6], 9, 1),
      markingStart(400_000),
      loadEvent,
      record(1_400_000, [1.5, 1.8], 10.1, 1),
      record(1_600_000, [2.0, 2.4], 10.0, 2),
      record(2_000_000, [4.1, 4.3], 10.0, 2),
      // Another process's thread: not the page.
      record(2_100_000, [30, 31], 40, 8, 99),
      markingStart(2_200_000, 99),
    ]);
    expect(heap).toEqual({ oldAtLoadMB: 1.5, oldPeakMB: 4.3, limitMB: 10, youngCapacityMB: 2, markingStarts: 0 });
    expect(describeHeap(heap!)).toBe('old generation 1.5 → 4.3 MB of 10.0 (young 2.0); no major collection');
  });

  it('counts the major collections begun after the load event', () => {
    const heap = heapAfterLoad([loadEvent, record(1_500_000, [5.1, 5.7], 9.8, 4), markingStart(1_600_000)]);
    expect(heap?.markingStarts).toBe(1);
    expect(describeHeap(heap!)).toContain('1 major collection');
  });

  it('has nothing to say without a load event or without records', () => {
    expect(heapAfterLoad([record(1_500_000, [1, 2], 10, 1)])).toBeNull();
    expect(heapAfterLoad([loadEvent])).toBeNull();
  });

  it('sums the loads up in the 100k budget line', () => {
    const one = { oldAtLoadMB: 1.5, oldPeakMB: 4.3, limitMB: 10, youngCapacityMB: 2, markingStarts: 0 };
    const two = { oldAtLoadMB: 1.3, oldPeakMB: 5.9, limitMB: 9.8, youngCapacityMB: 4, markingStarts: 1 };
    expect(heapLine([one, two])).toBe(
      'major collection after load in 1 of 2 loads (old generation 1.3–1.5 → 4.3–5.9 MB, limit 9.8–10.0 MB, young capacity 2.0–4.0 MB); ',
    );
    expect(heapLine(undefined)).toBe('');
  });
});
