// The hits of one lexicon, kept as numbers. A hit object each (lexicon, match, block, start,
// end) was 45k objects and 2 MB held through the whole scan on the 100k-element page, copied by
// every scavenge until promoted (decision 0012). The numbers are kept in a typed array, off
// the JS heap (decision 0013). A fact that needs a hit as an object asks for it; most need
// only its block.
import { IntList } from '../shared/int-list';

/** One hit: the text that matched, its block, and its offsets in snapshot.text. */
export interface LexiconHit {
  lexicon: string;
  match: string;
  block: number;
  start: number;
  end: number;
}

/** A lexicon's hits in page order: start, end and block of each, three numbers per hit. */
export class HitList {
  private readonly data = new IntList(12);

  constructor(
    readonly lexicon: string,
    /** The snapshot's joined text: the matched text is cut from it on demand. */
    private readonly text: string,
  ) {}

  get length(): number {
    return this.data.length / 3;
  }

  push(start: number, end: number, block: number): void {
    this.data.push(start);
    this.data.push(end);
    this.data.push(block);
  }

  start(i: number): number {
    return this.data.get(3 * i) as number;
  }

  end(i: number): number {
    return this.data.get(3 * i + 1) as number;
  }

  block(i: number): number {
    return this.data.get(3 * i + 2) as number;
  }

  /** End of the last hit; -1 when there is none. */
  lastEnd(): number {
    return this.data.get(this.data.length - 2) ?? -1;
  }

  match(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }

  /** Hit `i` as an object, made now. */
  at(i: number): LexiconHit {
    return { lexicon: this.lexicon, match: this.match(i), block: this.block(i), start: this.start(i), end: this.end(i) };
  }

  /** Every hit as an object, for the few readers that want them all. */
  toArray(): LexiconHit[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** The blocks of a lexicon's hits (none for a lexicon without hits). */
export function hitBlocks(list: HitList | undefined): Set<number> {
  const blocks = new Set<number>();
  if (list) for (let i = 0; i < list.length; i++) blocks.add(list.block(i));
  return blocks;
}
