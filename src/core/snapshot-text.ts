// The snapshot's text: each block's pieces collapsed, then all blocks joined by "\n" with the
// offset where each starts. Resumable, so a sliced snapshot can pause between blocks.
import { collapse } from './snapshot-markup';
import type { TextBlock } from './snapshot';

/** The blocks' texts, collapsed and joined by "\n", a few blocks at a time. */
export class JoinedText {
  readonly blocks: TextBlock[] = [];
  readonly offsets: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private readonly entries: IterableIterator<[Element, string[]]>;

  constructor(blockTexts: Map<Element, string[]>) {
    this.entries = blockTexts.entries();
  }

  /** Add up to `count` blocks; false when all are in. */
  add(count: number): boolean {
    for (let n = 0; n < count; n++) {
      const next = this.entries.next();
      if (next.done) return false;
      const [element, pieces] = next.value;
      const text = collapse(pieces.join(''));
      if (!text) continue;
      if (this.blocks.length) this.length += 1;
      this.offsets.push(this.length);
      this.length += text.length;
      this.parts.push(text);
      this.blocks.push({ element, text });
    }
    return true;
  }

  get text(): string {
    return this.parts.join('\n');
  }
}
