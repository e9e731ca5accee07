// The bench judges the 100k page by the tasks a Chromium trace sees (test/bench/trace-tasks.ts).
// Its default categories leave out devtools.timeline, which made the measured frames longer,
// so this checks on a real load that the trace still finds the load event, a long script task
// after it and the layout inside that task, and that it reads the V8 heap records that tell
// whether a load led to a major collection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadBench } from '../../bench/browser-bench';
import { startPageServer, type PageServer } from '../../bench/page-server';

// 60 ms of script, 50 ms after the load event, that also lays out 5,000 new rows.
const PAGE = {
  name: 'long-task',
  group: 'fixture' as const,
  path: '/long-task.html',
  html: `<!doctype html><meta charset="utf-8"><title>long task</title><body><p>x</p><script>
addEventListener('load', () => setTimeout(() => {
  const start = performance.now();
  for (let i = 0; i < 5000; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: 'row ' + i }));
  void document.body.offsetHeight;
  while (performance.now() - start < 60) {}
}, 50));
</script></body>`,
};

// After its load event, keeps 40 MB of small objects, made in slices as a scan would: far past
// the room a small page's old generation has, so V8 begins a major collection.
const ALLOCATING = {
  name: 'allocating',
  group: 'fixture' as const,
  path: '/allocating.html',
  html: `<!doctype html><meta charset="utf-8"><title>allocating</title><body><p>x</p><script>
addEventListener('load', () => {
  const kept = (window.kept = []);
  let slice = 0;
  const step = () => {
    for (let i = 0; i < 50000; i++) kept.push({ slice, i, text: 'item ' + i });
    if (++slice < 20) setTimeout(step, 20);
  };
  setTimeout(step, 20);
});
</script></body>`,
};

describe('bench: long tasks from a trace', () => {
  let server: PageServer;
  let bench: LoadBench;
  beforeAll(async () => {
    server = await startPageServer([PAGE, ALLOCATING]);
    bench = await LoadBench.start(null);
  });
  afterAll(async () => {
    await bench?.stop();
    await server?.close();
  });

  it('finds the long task after the load event, and the layout inside it', async () => {
    const load = await bench.load(server.url(PAGE), 400, false, 'full');
    const tasks = load.traced ?? [];
    const task = tasks.find((t) => t.atMs >= 40 && t.durationMs >= 55);
    expect(task, JSON.stringify(tasks)).toBeDefined();
    expect(task!.inside.map((i) => i.name)).toContain('Layout');
    // Its time on the CPU, from the trace's thread time: some, and never more than its wall time.
    expect(task!.cpuMs).toBeGreaterThan(0);
    expect(task!.cpuMs!).toBeLessThanOrEqual(task!.durationMs + 0.5);
    expect(load.afterLoadLongTaskMs).toBeGreaterThanOrEqual(55);
  });

  it("reads the page's old generation after the load event, and the major collection it led to", async () => {
    const load = await bench.load(server.url(ALLOCATING), 2500, false, 'full');
    const heap = load.heap;
    expect(heap, 'no collection records after the load event').toBeDefined();
    expect(heap!.oldPeakMB - heap!.oldAtLoadMB).toBeGreaterThan(10);
    expect(heap!.limitMB).toBeGreaterThan(0);
    expect(heap!.youngCapacityMB).toBeGreaterThan(0);
    expect(heap!.markingStarts).toBeGreaterThanOrEqual(1);
  });
});
