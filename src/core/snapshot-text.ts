// The snapshot's text: each block's pieces collapsed, then all blocks joined by "\n" with the
// offset where each starts. Resumable, so a sliced snapshot can pause between blocks.
import { collapse } from './snapshot-markup';
import type { TextBlock } from './snapshot';

/** A static list of a walked subtree's elements, in document order (querySelectorAll('*')). */
export type ElementList = ArrayLike<Element>;

/**
 * The text the walk met, block by block, in the order each block met its first text. A block's
 * pieces are one string until a second piece arrives (most blocks are one leaf's text), and
 * the lists are parallel arrays, not a Map: on a 100k-element page every object per block
 * counts (docs/performance.md).
 *
 * A block's element is kept as its index in the static list of its subtree's elements, not as
 * the element: holding 54k block wrappers is what grew the content script's wrapper table past
 * 65,536 entries on the 100k page, and that growth was a 17–107 ms stall inside one slice
 * (decision 0011). The element itself is kept where there is no index: a walk in one go, the
 * subtree's start, and after the page changed the subtree while a sliced walk was paused.
 */
export class BlockTexts {
  readonly where: Array<Element | number> = [];
  readonly lists: Array<ElementList | null> = [];
  readonly pieces: Array<string | string[]> = [];
  /** Indices of blocks that are headings (h1–h6). */
  readonly headings = new Set<number>();

  /** Start a block with its first piece; returns its index. */
  open(where: Element | number, list: ElementList | null, piece: string, heading: boolean): number {
    this.pieces.push(piece);
    this.lists.push(list);
    const index = this.where.push(where) - 1;
    if (heading) this.headings.add(index);
    return index;
  }

  append(index: number, piece: string): void {
    const current = this.pieces[index];
    if (typeof current === 'string') this.pieces[index] = [current, piece];
    else current?.push(piece);
  }
}

/** A block of the snapshot; its element is looked up on first use (see BlockTexts). */
class SnapshotBlock implements TextBlock {
  constructor(
    private ref: Element | number,
    private readonly list: ElementList | null,
    readonly text: string,
  ) {}

  get element(): Element {
    if (typeof this.ref === 'number') this.ref = (this.list as ElementList)[this.ref] as Element;
    return this.ref;
  }
}

/** The blocks' texts, collapsed and joined by "\n", a few blocks at a time. */
export class JoinedText {
  readonly blocks: TextBlock[] = [];
  readonly offsets: number[] = [];
  /** Indices in `blocks` of the blocks that are headings. */
  readonly headingBlocks: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private next = 0;

  constructor(private readonly source: BlockTexts) {}

  /** Add up to `count` blocks; false when all are in. */
  add(count: number): boolean {
    const { where, lists, pieces, headings } = this.source;
    const end = Math.min(where.length, this.next + count);
    const texts: string[] = [];
    for (let i = this.next; i < end; i++) {
      const raw = pieces[i] as string | string[];
      const text = collapse(typeof raw === 'string' ? raw : raw.join(''));
      if (!text) continue;
      if (this.blocks.length) this.length += 1;
      this.offsets.push(this.length);
      this.length += text.length;
      texts.push(text);
      if (headings.has(i)) this.headingBlocks.push(this.blocks.length);
      this.blocks.push(new SnapshotBlock(where[i] as Element | number, lists[i] as ElementList | null, text));
    }
    this.next = end;
    // Joined here, a call's worth at a time: one join of every block at the end was a 12–31 ms
    // task on the 100k page.
    if (texts.length) this.parts.push(texts.join('\n'));
    return end < where.length;
  }

  get text(): string {
    return this.parts.join('\n');
  }
}
