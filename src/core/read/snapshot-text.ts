// The snapshot's text: each block's pieces collapsed, then all blocks joined by "\n" with the
// offset where each starts. Blocks are joined while the walk goes on, as soon as no block
// before them is still open, so a sliced snapshot never holds a string per block for long.
import { ElementRefs, type ElementList } from './element-refs';
import { IntList } from '../shared/int-list';
import { collapse } from './snapshot-markup';
import { TextBuilder } from './text-builder';

export type { ElementList } from './element-refs';

/**
 * The snapshot's blocks, kept without an object or a string per block: the joined text, the
 * offset where each block starts, and where its element is. On a 100k-element page, 54k blocks
 * each with an object and a string of their own were most of what a scan held while it ran;
 * held for seconds, they were copied by every scavenge and then promoted (decision 0012). The
 * numbers and the text's code units are now kept in typed arrays, off the JS heap, and the
 * text is made into one string once, at the end (decision 0013). Block elements are kept as
 * ElementRefs: indices, where the walk has a list (decision 0011).
 */
export class JoinedBlocks {
  private readonly starts = new IntList(1024);
  /** Indices of the blocks that are headings (h1–h6). */
  readonly headingBlocks: number[] = [];
  private readonly elements = new ElementRefs(1024);
  private readonly units = new TextBuilder();

  get count(): number {
    return this.starts.length;
  }

  /** Where each block starts in the joined text (a view: read it when the blocks are all in). */
  get offsets(): ArrayLike<number> {
    return this.starts.view();
  }

  /** Add a block's text (collapsed, not empty). */
  add(where: Element | number, list: ElementList | null, text: string, heading: boolean): void {
    const index = this.starts.length;
    if (index) this.units.append('\n');
    if (heading) this.headingBlocks.push(index);
    this.starts.push(this.units.length);
    this.units.append(text);
    this.elements.push(where, list);
  }

  /** All block texts joined by "\n". */
  get joinedText(): string {
    return this.units.toString();
  }

  /** Block `i`'s text, cut from the joined text; '' past the end. */
  textOf(i: number, text: string): string {
    const start = this.starts.get(i);
    if (start === undefined) return '';
    const next = this.starts.get(i + 1);
    return text.slice(start, next === undefined ? text.length : next - 1);
  }

  /**
   * Block `i`'s element, looked up in its list at each call and not kept (keeping it would hold
   * its wrapper for the rest of the scan); undefined past the end.
   */
  elementOf(i: number): Element | undefined {
    return this.elements.get(i);
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
    where.splice(0, count);
    lists.splice(0, count);
    pieces.splice(0, count);
    headings.splice(0, count);
    this.first += count;
  }
}
