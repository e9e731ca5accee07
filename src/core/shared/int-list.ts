// A growable list of 32-bit integers in one typed array. Past a few dozen items its storage
// lives outside the JS heap (an ArrayBuffer's backing store), so a list a scan fills for
// seconds is neither copied by every scavenge nor promoted to the old generation, and the
// arrays it outgrows are freed at once instead of waiting for a major collection (decision 0013).

/** Items before the first growth: small enough that V8 keeps them on the heap (≤ 64 bytes). */
const INITIAL_CAPACITY = 16;

export class IntList {
  private data: Int32Array;
  private size = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.data.length) this.grow(this.size + 1);
    this.data[this.size++] = value;
  }

  /** Item `i`; undefined outside the list, as for an array. */
  get(i: number): number | undefined {
    return i >= 0 && i < this.size ? this.data[i] : undefined;
  }

  /** The last item; undefined when empty. */
  last(): number | undefined {
    return this.size ? this.data[this.size - 1] : undefined;
  }

  /** The items as a view sharing this list's storage (valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.size);
  }

  private grow(needed: number): void {
    const next = new Int32Array(Math.max(needed, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
