// The snapshot's text: each block's pieces collapsed, then all blocks joined by "\n" with the
// offset where each starts. Resumable, so a sliced snapshot can pause between blocks.
import { collapse } from './snapshot-markup';
import type { TextBlock } from './snapshot';

/**
 * The text the walk met, block by block, in the order each block met its first text. A block's
 * pieces are one string until a second piece arrives (most blocks are one leaf's text), and
 * the lists are parallel arrays, not a Map: on a 100k-element page every object per block
 * counts (docs/performance.md).
 */
export class BlockTexts {
  readonly elements: Element[] = [];
  readonly pieces: Array<string | string[]> = [];

  /** Start a block with its first piece; returns its index. */
  open(element: Element, piece: string): number {
    this.pieces.push(piece);
    return this.elements.push(element) - 1;
  }

  append(index: number, piece: string): void {
    const current = this.pieces[index];
    if (typeof current === 'string') this.pieces[index] = [current, piece];
    else current?.push(piece);
  }
}

/** The blocks' texts, collapsed and joined by "\n", a few blocks at a time. */
export class JoinedText {
  readonly blocks: TextBlock[] = [];
  readonly offsets: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private next = 0;

  constructor(private readonly source: BlockTexts) {}

  /** Add up to `count` blocks; false when all are in. */
  add(count: number): boolean {
    const { elements, pieces } = this.source;
    const end = Math.min(elements.length, this.next + count);
    const texts: string[] = [];
    for (let i = this.next; i < end; i++) {
      const raw = pieces[i] as string | string[];
      const text = collapse(typeof raw === 'string' ? raw : raw.join(''));
      if (!text) continue;
      if (this.blocks.length) this.length += 1;
      this.offsets.push(this.length);
      this.length += text.length;
      texts.push(text);
      this.blocks.push({ element: elements[i] as Element, text });
    }
    this.next = end;
    // Joined here, a call's worth at a time: one join of every block at the end was a 12–31 ms
    // task on the 100k page.
    if (texts.length) this.parts.push(texts.join('\n'));
    return end < elements.length;
  }

  get text(): string {
    return this.parts.join('\n');
  }
}
