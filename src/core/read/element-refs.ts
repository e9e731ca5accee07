// Elements a walk found, kept as their index in the static list of the walked subtree's
// elements where there is one: holding tens of thousands of element wrappers through a sliced
// scan grew the content script's wrapper table (a 17–107 ms stall, decision 0011), and held
// them until a major collection. An element is looked up again only when someone asks for it.
import { IntList } from '../shared/int-list';

/** A static list of a walked subtree's elements, in document order (querySelectorAll('*')). */
export type ElementList = ArrayLike<Element>;

export class ElementRefs {
  /** Per element: its index in its list (≥ 0), or -1 - k for the k-th kept element. */
  private readonly positions: IntList;
  private readonly kept: Element[] = [];
  /** The lists indices refer to, each with the first ref that uses it. */
  private readonly lists: ElementList[] = [];
  private readonly listFrom: number[] = [];

  constructor(capacity?: number) {
    this.positions = new IntList(capacity);
  }

  get length(): number {
    return this.positions.length;
  }

  /** Add an element: its index in `list`, or the element itself where there is no list. */
  push(where: Element | number, list: ElementList | null): void {
    if (typeof where === 'number' && list) {
      if (this.lists[this.lists.length - 1] !== list) {
        this.lists.push(list);
        this.listFrom.push(this.positions.length);
      }
      this.positions.push(where);
    } else {
      this.kept.push(where as Element);
      this.positions.push(-this.kept.length);
    }
  }

  /** Element `i`, looked up now and not kept; undefined past the end. */
  get(i: number): Element | undefined {
    const position = this.positions.get(i);
    if (position === undefined) return undefined;
    if (position < 0) return this.kept[-1 - position];
    // The last list that starts at or before ref i.
    const { listFrom } = this;
    let lo = 0;
    let hi = listFrom.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((listFrom[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.lists[lo] as ElementList)[position];
  }
}
