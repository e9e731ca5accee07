// A licence memory for one page whose writes are held back: reads see the base memory plus this
// page's own writes; `commitTo` applies the writes later, in path order. Lets a page be scanned
// twice (light DOM, then jsdom) or away from the memory (in a worker) with the same result as a
// scan against the shared memory itself.
import { BoundedLicenceMemory, DEFAULT_LIMITS, type MemoryLimits } from './licence-memory-file';
import type { LicenceMemory } from '../core/shared/types';

export interface MemoryReader {
  namesFor(licence: string): readonly string[];
}

export class StagedMemory implements LicenceMemory {
  /** Every record() call, in order. */
  readonly writes: Array<[licence: string, shop: string]> = [];
  /** Licence numbers (trimmed) this page read or wrote. */
  readonly touched = new Set<string>();
  private readonly overlay: BoundedLicenceMemory;

  constructor(
    private readonly base: MemoryReader,
    limits: MemoryLimits = DEFAULT_LIMITS,
  ) {
    this.overlay = new BoundedLicenceMemory(limits);
  }

  private seed(licence: string): void {
    const key = licence.trim();
    if (this.touched.has(key)) return;
    this.touched.add(key);
    for (const name of this.base.namesFor(key)) this.overlay.record(key, name);
  }

  namesFor(licence: string): readonly string[] {
    this.seed(licence);
    return this.overlay.namesFor(licence);
  }

  record(licence: string, shopName: string): void {
    this.seed(licence);
    this.writes.push([licence, shopName]);
    this.overlay.record(licence, shopName);
  }

  commitTo(memory: LicenceMemory): void {
    for (const [licence, shop] of this.writes) memory.record(licence, shop);
  }
}
