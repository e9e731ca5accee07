// What the main thread and the scan workers say to each other (scan-pool.ts, scan-worker.ts).
import type { PackData } from '../core/evaluate/ruleset';
import type { PageScan } from './scan-file';
import type { PageProblem } from './scan-errors';

export interface WorkerInit {
  packs: PackData[];
  today: string;
  url?: string;
}

export type ToWorker =
  | { type: 'scan'; index: number; file: string }
  /** The memory's names for the licences a page asked about, once every earlier page is recorded. */
  | { type: 'memory'; index: number; names: Record<string, string[]> };

export type FromWorker =
  | { type: 'done'; index: number; scan: PageScan; writes: Array<[string, string]> }
  | { type: 'unreadable'; index: number; problem: PageProblem; detail?: string }
  | { type: 'failed'; index: number; message: string; stack?: string }
  /** The page reads the licence memory: it waits for the names of these licences. */
  | { type: 'need-memory'; index: number; licences: string[] };
