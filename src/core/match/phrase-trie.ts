// Literal phrases of every lexicon in one trie, with a table of the characters a phrase can
// start with. V8 runs a regex alternation of ~800 phrases by trying the alternatives at every
// position (about 2–3 MB/s of text on a 2-core machine); here most positions cost one table
// look-up, and the few that can start a phrase walk the trie for a character or two.

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The phrase ending here, if any. */
  phrase: string | null;
}

const node = (): TrieNode => ({ next: new Map(), phrase: null });
export class PhraseTrie {
  private readonly root = node();
  /** 1 for every UTF-16 code unit some phrase starts with. */
  private readonly firstUnits = new Uint8Array(0x10000);
  readonly size: number;

  constructor(phrases: Iterable<string>) {
    let size = 0;
    for (const phrase of phrases) {
      if (!phrase) continue;
      let cur = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const unit = phrase.charCodeAt(i);
        let child = cur.next.get(unit);
        if (!child) {
          child = node();
          cur.next.set(unit, child);
        }
        cur = child;
      }
      if (cur.phrase === null) size++;
      cur.phrase = phrase;
      this.firstUnits[phrase.charCodeAt(0)] = 1;
    }
    this.size = size;
  }

  /**
   * The first position in [from, to) where a phrase could start, or -1: one table look-up per
   * code unit, the matcher's hot loop.
   */
  nextStart(text: string, from: number, to: number): number {
    const firstUnits = this.firstUnits;
    for (let at = from; at < to; at++) {
      if (firstUnits[text.charCodeAt(at)] === 1) return at;
    }
    return -1;
  }

  /**
   * Every phrase that starts at `at`, shortest first (each is a prefix of the next), written into
   * `into` (emptied first): a page's matcher asks at every position where a phrase may start, so
   * it passes one array for all of them (an array per hit was 2.5 MB on the 100k page).
   */
  phrasesAt(text: string, at: number, into: string[] = []): string[] {
    into.length = 0;
    let cur = this.root.next.get(text.charCodeAt(at));
    for (let i = at + 1; cur; i++) {
      if (cur.phrase !== null) into.push(cur.phrase);
      if (i >= text.length) break;
      cur = cur.next.get(text.charCodeAt(i));
    }
    return into;
  }
}
