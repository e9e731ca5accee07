// The snapshot's text: each block's pieces collapsed, then all blocks joined by "\n" with the
// offset where each starts. Blocks are joined while the walk goes on, as soon as no block
// before them is still open, so a sliced snapshot never holds a string per block for long.
import { collapse } from './snapshot-markup';

/** A static list of a walked subtree's elements, in document order (querySelectorAll('*')). */
export type ElementList = ArrayLike<Element>;

/**
 * The snapshot's blocks, kept without an object or a string per block: the joined text, the
 * offset where each block starts, and where its element is. On a 100k-element page, 54k blocks
 * each with an object and a string of their own were most of what a scan held while it ran;
 * held for seconds, they were copied by every scavenge and then promoted (decision 0012).
 *
 * A block's element is kept as its index in the static list of its subtree's elements, not as
 * the element: holding 54k block wrappers is what grew the content script's wrapper table past
 * 65,536 entries on the 100k page, and that growth was a 17–107 ms stall inside one slice
 * (decision 0011). The element itself is kept where there is no index: a walk in one go, the
 * subtree's start, and after the page changed the subtree while a sliced walk was paused.
 */
export class JoinedBlocks {
  /** Where each block starts in the joined text. */
  readonly offsets: number[] = [];
  /** Indices of the blocks that are headings (h1–h6). */
  readonly headingBlocks: number[] = [];
  private readonly where: Array<Element | number> = [];
  private readonly lists: Array<ElementList | null> = [];
  /** Joined chunks, and the texts of the chunk being gathered. */
  private readonly parts: string[] = [];
  private readonly chunk: string[] = [];
  private textLength = 0;

  get count(): number {
    return this.offsets.length;
  }

  /** Add a block's text (collapsed, not empty). */
  add(where: Element | number, list: ElementList | null, text: string, heading: boolean): void {
    if (this.offsets.length) this.textLength += 1;
    if (heading) this.headingBlocks.push(this.offsets.length);
    this.offsets.push(this.textLength);
    this.textLength += text.length;
    this.where.push(where);
    this.lists.push(list);
    this.chunk.push(text);
  }

  /** Join the texts added since the last call into one string: the block strings can go. */
  endChunk(): void {
    if (!this.chunk.length) return;
    this.parts.push(this.chunk.join('\n'));
    this.chunk.length = 0;
  }

  /** All block texts joined by "\n". */
  get text(): string {
    this.endChunk();
    if (this.parts.length > 1) this.parts.splice(0, this.parts.length, this.parts.join('\n'));
    return this.parts[0] ?? '';
  }

  /** Block `i`'s text, cut from the joined text; '' past the end. */
  textOf(i: number, text: string): string {
    const start = this.offsets[i];
    if (start === undefined) return '';
    const next = this.offsets[i + 1];
    return text.slice(start, next === undefined ? text.length : next - 1);
  }

  /**
   * Block `i`'s element, looked up in its list at each call and not kept (keeping it would hold
   * its wrapper for the rest of the scan); undefined past the end.
   */
  elementOf(i: number): Element | undefined {
    const ref = this.where[i];
    return typeof ref === 'number' ? ((this.lists[i] as ElementList)[ref] as Element) : ref;
  }
}

/**
 * The blocks the walk has opened and not yet handed to JoinedBlocks, in the order each met its
 * first text. A block's pieces are one string until a second piece arrives (most blocks are
 * one leaf's text), and the lists are parallel arrays: no object per block.
 */
export class BlockTexts {
  /** The index (in opening order) of the first block not yet joined. */
  private first = 0;
  private readonly where: Array<Element | number> = [];
  private readonly lists: Array<ElementList | null> = [];
  private readonly pieces: Array<string | string[]> = [];
  private readonly headings: boolean[] = [];

  constructor(private readonly joined: JoinedBlocks) {}

  /** Start a block with its first piece; returns its index. */
  open(where: Element | number, list: ElementList | null, piece: string, heading: boolean): number {
    this.where.push(where);
    this.lists.push(list);
    this.headings.push(heading);
    return this.first + this.pieces.push(piece) - 1;
  }

  append(index: number, piece: string): void {
    const k = index - this.first;
    const current = this.pieces[k];
    if (typeof current === 'string') this.pieces[k] = [current, piece];
    else current?.push(piece);
  }

  /** Collapse and join every block opened before `end` (the first block still open), in order. */
  joinBefore(end: number): void {
    const count = Math.min(end - this.first, this.pieces.length);
    if (count <= 0) return;
    const { where, lists, pieces, headings } = this;
    for (let k = 0; k < count; k++) {
      const raw = pieces[k] as string | string[];
      const text = collapse(typeof raw === 'string' ? raw : raw.join(''));
      if (text) this.joined.add(where[k] as Element | number, lists[k] as ElementList | null, text, headings[k] as boolean);
    }
    this.joined.endChunk();
    where.splice(0, count);
    lists.splice(0, count);
    pieces.splice(0, count);
    headings.splice(0, count);
    this.first += count;
  }
}
