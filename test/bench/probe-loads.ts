// Repeated loads of one generated page, listing every long task after the load event: the
// quick way to see what the 100k budget will say, and where in the scan the tasks fall.
//   npx tsx test/bench/probe-loads.ts [elements=100000] [--loads=8] [--without] [--trace[=timeline]] [--fresh]
// --trace also lists, from a Chromium trace, every main-thread task over 50 ms after the load
// event, with what it was: the page's longtask observer leaves out V8's own collection tasks.
// --trace=timeline adds the devtools.timeline category, which names the script callbacks but
// makes every layout of the 100k page count its objects: its frames come out longer.
// --fresh goes to about:blank and collects all garbage before each load, so that a load's
// collections free only what that load made, not what the previous one (a reload) left.
// Needs a build in .output/chrome-mv3 (`npx wxt build`). The budget itself comes from `npm run bench`.
import { LoadBench, settleMsFor } from './browser-bench';
import { generatePage } from './generate-page';
import { startPageServer } from './page-server';
import { describeHeap, describeTask } from './trace-tasks';

const args = process.argv.slice(2);
const elements = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const loads = Number(args.find((a) => a.startsWith('--loads='))?.slice(8) ?? 8);
const withExtension = !args.includes('--without');
const traceArg = args.find((a) => a === '--trace' || a.startsWith('--trace='));
const traced = traceArg === '--trace=timeline' ? ('timeline' as const) : traceArg ? ('full' as const) : false;
const fresh = args.includes('--fresh');

const page = {
  name: `generated-${elements}`,
  group: 'generated' as const,
  path: '/page.html',
  html: generatePage(elements).html,
};
const server = await startPageServer([page]);
const bench = await LoadBench.start(withExtension ? '.output/chrome-mv3' : null);
const round = (n: number) => Math.round(n);
try {
  console.log(
    `${page.name}, ${withExtension ? 'with' : 'without'} the extension${withExtension && !bench.extensionActive ? ' (NOT active)' : ''}${fresh ? ', each load from a collected heap' : ''}`,
  );
  let clean = 0;
  for (let i = 0; i < loads; i++) {
    if (fresh) await bench.freshHeap();
    const m = await bench.load(server.url(page), settleMsFor(elements), true, traced);
    const tasks = await bench.longTasksAfterLoad();
    const fromTrace = m.traced ?? [];
    if (m.afterLoadLongTaskMs <= 50) clean++;
    const list = tasks
      .map((t) => `${round(t.durationMs)} ms at +${round(t.atMs)}${t.firstFrame ? ' (first frame)' : ''}`)
      .join(', ');
    const warning = m.warningShownMs === null ? 'no warning' : `warning at +${round(m.warningShownMs)} ms`;
    console.log(
      `load ${i + 1}: ${warning}; longest after load ${round(m.afterLoadLongTaskMs)} ms; long tasks: ${list || 'none'}`,
    );
    if (traced) console.log(`  traced tasks over 50 ms: ${fromTrace.map(describeTask).join(', ') || 'none'}`);
    if (m.heap) console.log(`  heap after load: ${describeHeap(m.heap)}`);
  }
  console.log(`${clean} of ${loads} loads had no task over 50 ms after the load event but the first frame`);
} finally {
  await bench.stop();
  await server.close();
}
