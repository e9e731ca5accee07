// A scan worker thread: compiles the packs once, then reads, parses and scans the pages the main
// thread hands it, one at a time. A page that reads the licence memory waits for the names the
// main thread holds once every earlier page is recorded, so pages see each other's licences in
// path order whatever the number of workers. Built to dist/cli/scan-worker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { compileRuleset } from '../core/evaluate/ruleset';
import { readPage, scanReadPage, type PageScan } from './scan-file';
import { PageReadError } from './scan-errors';
import type { FromWorker, ToWorker, WorkerInit } from './scan-messages';

const port = parentPort!;
const init = workerData as WorkerInit;
const ruleset = compileRuleset(init.packs);
const waiting = new Map<number, (names: Record<string, string[]>) => void>();

const send = (message: FromWorker) => port.postMessage(message);

/** Evidence keeps its text and fact; DOM elements do not cross threads. */
function withoutElements(scan: PageScan): PageScan {
  const findings = scan.result.findings.map((f) => ({ ...f, evidence: f.evidence.map(({ element: _, ...rest }) => rest) }));
  return { ...scan, result: { ...scan.result, findings } };
}

async function scanJob(index: number, file: string): Promise<void> {
  try {
    const page = readPage(file, { url: init.url });
    const options = { today: init.today };
    let names: Record<string, string[]> = {};
    // First without the memory; again with its names for the licences the page asked about.
    for (;;) {
      const known = names;
      const { scan, staged } = await scanReadPage(ruleset, page, { namesFor: (l) => known[l] ?? [] }, options);
      const unknown = [...staged.touched].filter((l) => !(l in known));
      if (!unknown.length) return send({ type: 'done', index, scan: withoutElements(scan), writes: staged.writes });
      const more = await new Promise<Record<string, string[]>>((resolve) => {
        waiting.set(index, resolve);
        send({ type: 'need-memory', index, licences: [...staged.touched] });
      });
      names = { ...known, ...more };
    }
  } catch (e) {
    if (e instanceof PageReadError) send({ type: 'unreadable', index, problem: e.problem, detail: e.detail });
    else send({ type: 'failed', index, message: (e as Error).message, stack: (e as Error).stack });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'scan') void scanJob(message.index, message.file);
  else {
    waiting.get(message.index)?.(message.names);
    waiting.delete(message.index);
  }
});
