// Collects MutationRecords and hands them over in batches: a burst of DOM changes (a framework
// rendering a list) becomes one rescan, not hundreds. The observer callback itself only stores
// the records, so the page pays almost nothing while it renders.

export interface BatcherTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: BatcherTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class MutationBatcher {
  private records: MutationRecord[] = [];
  private timer: unknown = null;
  /** Records beyond this are dropped and the batch marked as overflowing (a full rescan follows). */
  private overflow = false;

  constructor(
    private readonly onBatch: (records: MutationRecord[], overflow: boolean) => void,
    private readonly delayMs = 100,
    private readonly maxRecords = 5000,
    private readonly timers: BatcherTimers = realTimers,
  ) {}

  add(records: readonly MutationRecord[]): void {
    if (this.records.length + records.length > this.maxRecords) this.overflow = true;
    else for (const r of records) this.records.push(r);
    // Not re-armed by later records: a page that never stops mutating is still rescanned
    // every delayMs, never starved.
    if (this.timer === null) this.timer = this.timers.set(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const records = this.records;
    const overflow = this.overflow;
    this.records = [];
    this.overflow = false;
    if (records.length || overflow) this.onBatch(records, overflow);
  }

  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.records = [];
    this.overflow = false;
  }
}
