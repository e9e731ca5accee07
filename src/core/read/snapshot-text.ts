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
  private readonly gapOffsets = new IntList(16);

  get count(): number {
    return this.starts.length;
  }

  /** Where each block starts in the joined text (a view: read it when the blocks are all in). */
  get offsets(): ArrayLike<number> {
    return this.starts.view();
  }

  /** Where separate elements meet inside a block, as offsets in the joined text (see PageSnapshot.gaps). */
  get gaps(): ArrayLike<number> {
    return this.gapOffsets.view();
  }

  /** Add a block's text (collapsed, not empty), with its gaps (offsets in `text`, ascending). */
  add(where: Element | number, list: ElementList | null, text: string, heading: boolean, gaps?: readonly number[]): void {
    const index = this.starts.length;
    if (index) this.units.append('\n');
    if (heading) this.headingBlocks.push(index);
    const start = this.units.length;
    this.starts.push(start);
    this.units.append(text);
    this.elements.push(where, list);
    if (gaps) for (const gap of gaps) this.gapOffsets.push(start + gap);
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
  /** A block's pieces; `null` in a list marks a gap (BlockTexts.gap). */
  private readonly pieces: Array<string | Array<string | null>> = [];
  private readonly headings: boolean[] = [];

  constructor(private readonly joined: JoinedBlocks) {}

  /** Start a block with its first piece; returns its index. */
  open(where: Element | number, list: ElementList | null, piece: string, heading: boolean): number {
    this.where.push(where);
    this.lists.push(list);
    this.headings.push(heading);
    return this.first + this.pieces.push(piece) - 1;
  }

  append(index: number, piece: string | null): void {
    const k = index - this.first;
    const current = this.pieces[k];
    if (typeof current === 'string') this.pieces[k] = [current, piece];
    else current?.push(piece);
  }

  /** The block's next text stands apart from its text so far (see SEPARATE_TAGS). */
  gap(index: number): void {
    this.append(index, null);
  }

  /** Collapse and join every block opened before `end` (the first block still open), in order. */
  joinBefore(end: number): void {
    const count = Math.min(end - this.first, this.pieces.length);
    if (count <= 0) return;
    const { where, lists, pieces, headings } = this;
    for (let k = 0; k < count; k++) {
      const raw = pieces[k] as string | Array<string | null>;
      if (typeof raw !== 'string' && raw.includes(null)) {
        const { text, gaps } = collapseWithGaps(raw);
        if (text)
          this.joined.add(where[k] as Element | number, lists[k] as ElementList | null, text, headings[k] as boolean, gaps);
        continue;
      }
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

const WHITESPACE_RUN = /\s+/g;

/**
 * A block's pieces collapsed as `collapse` would collapse them joined, and where its gaps (the
 * `null`s) fall in the result. A gap at either end, or two at one place, is one gap or none.
 */
export function collapseWithGaps(pieces: ReadonlyArray<string | null>): { text: string; gaps: number[] } {
  let out = '';
  const marks: number[] = [];
  let pending = false;
  for (const piece of pieces) {
    if (piece === null) {
      pending = true;
      continue;
    }
    let part = piece.replace(WHITESPACE_RUN, ' ');
    if (out.endsWith(' ') && part.startsWith(' ')) part = part.slice(1);
    if (!part) continue;
    if (pending && out.trim() && part.trim()) {
      if (marks[marks.length - 1] !== out.length) marks.push(out.length);
      pending = false;
    }
    out += part;
  }
  const lead = out.length - out.trimStart().length;
  const text = out.trim();
  const gaps: number[] = [];
  for (const mark of marks) {
    const at = mark - lead;
    if (at > 0 && at < text.length && gaps[gaps.length - 1] !== at) gaps.push(at);
  }
  return { text, gaps };
}
