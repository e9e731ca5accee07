// What a scan holds while it runs, stage by stage, on a generated page in real Chromium: the
// isolated world's heap after a forced collection, once the snapshot, the matcher's hits and
// the scan result are each kept. Held memory is what scavenges copy and what pushes the old
// generation towards a major collection (docs/decisions/what-we-tried.md, 0012).
//   npx tsx test/bench/probe-held.ts [elements=100000] [--rounds=3]
// The first round also pays for the wrappers the world makes for the first time.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM } from './browser-bench';
import { loadBenchPacks } from './bench-pages';
import { CONTENT_ALIASES, IN_PAGE_BUILD } from './build-bundles';
import { generatePage } from './generate-page';
import { startPageServer } from './page-server';

const args = process.argv.slice(2);
const elements = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);

const bundle = await build({
  alias: CONTENT_ALIASES,
  entryPoints: [join(import.meta.dirname, 'held-entry.ts')],
  ...IN_PAGE_BUILD,
});
const code = bundle.outputFiles[0]?.text ?? '';
const packs = loadBenchPacks();
const benchPage = {
  name: `generated-${elements}`,
  group: 'generated' as const,
  path: '/page.html',
  html: generatePage(elements).html,
};
const server = await startPageServer([benchPage]);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await browser.newPage();
  await page.goto(server.url(benchPage), { waitUntil: 'domcontentloaded', timeout: 90_000 });
  await page.waitForLoadState('load', { timeout: 20_000 }).catch(() => {});
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'mingbai-held',
  });
  const run = async <T>(expression: string): Promise<T> => {
    const res = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  };
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
  };
  await run(code);
  await run(`__mingbaiHeld.compile(${JSON.stringify(packs)})`);
  const mb = (n: number) => `${n.toFixed(2)} MB`;
  console.log(`${benchPage.name}: heap held after a forced collection, isolated world`);
  for (let round = 1; round <= rounds; round++) {
    const before = await heapMB();
    const snap = await run<{ blocks: number; chars: number }>('__mingbaiHeld.snapshot()');
    const afterSnapshot = await heapMB();
    const hits = await run<number>('__mingbaiHeld.match()');
    const afterHits = await heapMB();
    const findings = await run<number>('__mingbaiHeld.evaluate()');
    const afterResult = await heapMB();
    await run('__mingbaiHeld.drop()');
    const dropped = await heapMB();
    console.log(
      `round ${round}: snapshot ${mb(afterSnapshot - before)} (${snap.blocks} blocks, ${snap.chars} characters); ` +
        `hits ${mb(afterHits - afterSnapshot)} (${hits}); result ${mb(afterResult - afterHits)} (${findings} findings); ` +
        `all ${mb(afterResult - before)}; after dropping them ${mb(dropped - before)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
