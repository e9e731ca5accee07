// @vitest-environment node
// The bench's long tasks after a load, from its trace (trace-tasks.ts): wall time, and the time
// the main thread ran on a CPU, which tells a task that did 58 ms of work from one that waited
// for a core of this shared machine.
import { describe, expect, it } from 'vitest';
import { describeTask, longTasks, type TraceEvent } from '../../bench/trace-tasks';

const PAGE_THREAD = 7;
const loadEvent: TraceEvent = { name: 'loadEventStart', ph: 'R', ts: 1_000_000, tid: PAGE_THREAD };
const task = (ts: number, dur: number, tdur?: number, tid = PAGE_THREAD): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
  tid,
});

describe('long tasks after a load, from its trace', () => {
  it('keeps the tasks over 50 ms on the page thread after the load event, with their CPU time', () => {
    const tasks = longTasks([
      task(500_000, 90_000, 80_000),
      loadEvent,
      task(1_200_000, 58_000, 24_000),
      task(1_300_000, 40_000, 40_000),
      task(1_400_000, 70_000, 69_000, 99),
      // A scavenge inside the first task names it.
      { name: 'MinorGC', ph: 'X', ts: 1_210_000, dur: 3_000, tid: PAGE_THREAD },
    ]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ atMs: 200, durationMs: 58, cpuMs: 24, kind: 'MinorGC' });
    expect(describeTask(tasks[0]!)).toBe('58 ms at +200, 24 ms of it on the CPU (MinorGC: MinorGC 3)');
  });

  it('says nothing of the CPU when the trace has no thread time', () => {
    const [only] = longTasks([loadEvent, task(1_100_000, 60_000)]);
    expect(only?.cpuMs).toBeUndefined();
    expect(describeTask(only!)).toBe('60 ms at +100 (other)');
  });
});
