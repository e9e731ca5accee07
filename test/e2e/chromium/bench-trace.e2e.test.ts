// The bench judges the 100k page by the tasks a Chromium trace sees (test/bench/trace-tasks.ts).
// Its default categories leave out devtools.timeline, which made the measured frames longer,
// so this checks on a real load that the trace still finds the load event, a long script task
// after it and the layout inside that task.
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

describe('bench: long tasks from a trace', () => {
  let server: PageServer;
  let bench: LoadBench;
  beforeAll(async () => {
    server = await startPageServer([PAGE]);
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
    expect(load.afterLoadLongTaskMs).toBeGreaterThanOrEqual(55);
  });
});
