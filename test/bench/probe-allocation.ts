// What the extension allocates during one load of a generated page, by function: V8's sampling
// heap profiler over the load, counting what was collected too.
//   npx tsx test/bench/probe-allocation.ts [elements=100000]
// Build with readable names first (`MINGBAI_NO_MINIFY=1 npx wxt build`), and again without
// before timing anything.
import { LoadBench, settleMsFor } from './browser-bench';
import { generatePage } from './generate-page';
import { startPageServer } from './page-server';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children?: ProfileNode[];
}

const args = process.argv.slice(2);
const elements = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const promotedOnly = args.includes('--promoted');
const page = {
  name: `generated-${elements}`,
  group: 'generated' as const,
  path: '/page.html',
  html: generatePage(elements).html,
};
const server = await startPageServer([page]);
const bench = await LoadBench.start('.output/chrome-mv3');
try {
  const cdp = await bench.cdpSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !promotedOnly,
  });
  await bench.load(server.url(page), settleMsFor(elements), true);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  const ours = new Map<string, number>();
  let total = 0;
  let extension = 0;
  const visit = (node: ProfileNode, inExtension: boolean) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const here = inExtension || url.startsWith('chrome-extension://');
    total += node.selfSize;
    if (here && node.selfSize) {
      extension += node.selfSize;
      const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber}`;
      ours.set(name, (ours.get(name) ?? 0) + node.selfSize);
    }
    for (const child of node.children ?? []) visit(child, here);
  };
  visit(profile.head, false);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
  console.log(
    `${promotedOnly ? 'promoted (not collected by a scavenge)' : 'allocated'} during the load: ${mb(total)} MB, ${mb(extension)} MB of it under the extension's scripts`,
  );
  for (const [name, bytes] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${mb(bytes).padStart(7)} MB  ${name}`);
} finally {
  await bench.stop();
  await server.close();
}
