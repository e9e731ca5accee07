// Scans pages on worker threads (scan-worker.ts) and hands back the results in path order, as
// soon as each page and all pages before it are done. The licence memory stays here: a page's
// licence records are applied when it is its turn, and a page that reads the memory is answered
// only once every earlier page has been recorded, so `--jobs 8` finds what `--jobs 1` finds.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LicenceMemory } from '../core/shared/types';
import type { PageScan } from './scan-file';
import type { PageProblem } from './scan-errors';
import type { FromWorker, ToWorker, WorkerInit } from './scan-messages';

export type PoolResult =
  | { type: 'page'; scan: PageScan }
  | { type: 'unreadable'; problem: PageProblem; detail?: string }
  | { type: 'failed'; message: string; stack?: string };

export interface PoolOptions {
  jobs: number;
  init: WorkerInit;
  memory: LicenceMemory;
  /** Called in path order. */
  onResult: (index: number, file: string, result: PoolResult) => void;
  /** Heap limit per worker: a page too large for it fails alone, the run goes on. */
  maxHeapMb?: number;
}

/** The worker's file: the built one beside this bundle, or the TypeScript source run through tsx. */
function startWorker(init: WorkerInit, maxHeapMb: number | undefined): Worker {
  const here = fileURLToPath(import.meta.url);
  const options = { workerData: init, resourceLimits: maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : undefined };
  if (here.endsWith('.ts')) {
    const source = join(dirname(here), 'scan-worker.ts');
    const tsx = join(dirname(here), '../../node_modules/tsx/dist/esm/api/index.mjs');
    const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((t) => { t.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); })`;
    return new Worker(boot, { ...options, eval: true });
  }
  // Built: this code sits in dist/cli/ or in one of its chunks/.
  const dir = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  const built = join(dir, 'scan-worker.mjs');
  if (!existsSync(built)) throw new Error(`scan worker not found at ${built}`);
  return new Worker(built, options);
}

export function scanInWorkers(files: readonly string[], options: PoolOptions): Promise<void> {
  const { memory, onResult } = options;
  const results = new Map<number, PoolResult & { writes?: Array<[string, string]> }>();
  const waitingForMemory = new Map<number, string[]>();
  const busy = new Map<Worker, number>();
  let nextToSend = 0;
  let nextToReport = 0;

  return new Promise<void>((resolve, reject) => {
    const workers = new Set<Worker>();

    const finishIfDone = () => {
      if (nextToReport < files.length) return;
      for (const w of workers) void w.terminate();
      workers.clear();
      resolve();
    };

    const report = () => {
      for (let r = results.get(nextToReport); r; r = results.get(nextToReport)) {
        results.delete(nextToReport);
        if (r.writes) for (const [licence, shop] of r.writes) memory.record(licence, shop);
        const { writes: _, ...result } = r;
        onResult(nextToReport, files[nextToReport]!, result);
        nextToReport++;
      }
      const licences = waitingForMemory.get(nextToReport);
      if (licences) {
        waitingForMemory.delete(nextToReport);
        const names = Object.fromEntries(licences.map((l) => [l, [...memory.namesFor(l)]]));
        const worker = [...busy].find(([, index]) => index === nextToReport)?.[0];
        worker?.postMessage({ type: 'memory', index: nextToReport, names } satisfies ToWorker);
      }
      finishIfDone();
    };

    const sendNext = (worker: Worker) => {
      if (nextToSend >= files.length) {
        busy.delete(worker);
        return;
      }
      const index = nextToSend++;
      busy.set(worker, index);
      worker.postMessage({ type: 'scan', index, file: files[index]! } satisfies ToWorker);
    };

    const spawn = () => {
      const worker = startWorker(options.init, options.maxHeapMb);
      workers.add(worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'need-memory') {
          waitingForMemory.set(message.index, message.licences);
        } else {
          const { index } = message;
          if (message.type === 'done') results.set(index, { type: 'page', scan: message.scan, writes: message.writes });
          else if (message.type === 'unreadable')
            results.set(index, { type: 'unreadable', problem: message.problem, detail: message.detail });
          else results.set(index, { type: 'failed', message: message.message, stack: message.stack });
          sendNext(worker);
        }
        report();
      });
      // A worker that dies (out of memory, a crash) fails its page only; a fresh one takes over.
      worker.on('error', (e: Error & { code?: string }) => {
        const index = busy.get(worker);
        workers.delete(worker);
        busy.delete(worker);
        if (index !== undefined) {
          results.set(
            index,
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? { type: 'unreadable', problem: 'too-big', detail: `needs more than ${options.maxHeapMb} MB of memory` }
              : { type: 'failed', message: e.message, stack: e.stack },
          );
        }
        if (nextToReport < files.length) {
          try {
            sendNext(spawn());
          } catch (err) {
            reject(err);
            return;
          }
        }
        report();
      });
      return worker;
    };

    try {
      const count = Math.max(1, Math.min(options.jobs, files.length));
      for (let i = 0; i < count; i++) sendNext(spawn());
    } catch (e) {
      for (const w of workers) void w.terminate();
      reject(e);
    }
  });
}
