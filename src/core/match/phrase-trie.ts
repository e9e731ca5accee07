// Literal phrases in one trie: the phrase matcher of the rule set's lexicons on the snapshot, of
// licence labels and of negations. The next position where a phrase could start is found by one
// native regex (a first unit, then a unit some phrase has second); only those positions walk the
// trie, for a character or two. One alternation of every phrase instead made V8 try the
// alternatives at every position (about 2–3 MB/s of text on a 2-core machine). The quick read's
// few signal phrases go the other way, as one native regex with the same answer at each position
// (phrase-alternation.ts): there the trie cost a Chinese page's first run 0.06–0.08 ms more.

import { unitClass } from './regex-source';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The phrase ending here, if any. */
  phrase: string | null;
}

const node = (): TrieNode => ({ next: new Map(), phrase: null });
export class PhraseTrie {
  private readonly root = node();
  /**
   * Where a phrase could start: a one-unit phrase's unit, or the first unit of a longer phrase
   * followed by a unit some longer phrase has second. The second unit rules out most false starts
   * (收 in 收到, not only in 收取) natively: each start left costs a script call, which in a
   * content script's one unoptimised run is the dearer part.
   */
  private readonly starts: RegExp;
  readonly size: number;

  constructor(phrases: Iterable<string>) {
    let size = 0;
    const singles = new Set<number>();
    const firsts = new Set<number>();
    const seconds = new Set<number>();
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
      if (phrase.length === 1) singles.add(phrase.charCodeAt(0));
      else {
        firsts.add(phrase.charCodeAt(0));
        seconds.add(phrase.charCodeAt(1));
      }
    }
    this.size = size;
    for (const unit of singles) firsts.delete(unit);
    const alternatives = [];
    if (singles.size) alternatives.push(`[${unitClass(singles)}]`);
    if (firsts.size) alternatives.push(`[${unitClass(firsts)}](?=[${unitClass(seconds)}])`);
    this.starts = alternatives.length ? new RegExp(alternatives.join('|'), 'g') : /(?!)/g;
  }

  /** The positions of `text` where a phrase could start, asked for in reading order. */
  startsIn(text: string): PhraseStarts {
    return new PhraseStarts(text, this.starts);
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

  /** The longest phrase starting at `at`, or null: labels are read longest first (食品经营许可证编号 before 许可证编号). */
  longestAt(text: string, at: number): string | null {
    let longest: string | null = null;
    let cur = this.root.next.get(text.charCodeAt(at));
    for (let i = at + 1; cur; i++) {
      if (cur.phrase !== null) longest = cur.phrase;
      if (i >= text.length) break;
      cur = cur.next.get(text.charCodeAt(i));
    }
    return longest;
  }

  /** Whether any phrase occurs in `text`. */
  occursIn(text: string): boolean {
    if (!this.size) return false;
    const starts = this.startsIn(text);
    for (let at = starts.next(0, text.length); at >= 0; at = starts.next(at + 1, text.length)) {
      if (this.longestAt(text, at) !== null) return true;
    }
    return false;
  }
}

/** One text's candidate positions, found by the trie's native search of first characters. */
export class PhraseStarts {
  /**
   * The last search: from `searched`, the next start is `found` (-1: none to the end). A search
   * runs to the end of the text, not to the window's end, so without this a window with no start
   * would scan the rest of the text again for every window after it.
   */
  private searched = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly starts: RegExp,
  ) {}

  /** The first position in [from, to) where a phrase could start, or -1. */
  next(from: number, to: number): number {
    if (this.searched < 0 || from < this.searched || (this.found >= 0 && from > this.found)) {
      // test(), not exec(): no match array made for each of a page's thousands of starts. The
      // regex is the trie's, shared by every text: lastIndex is set before each search.
      const starts = this.starts;
      starts.lastIndex = from;
      this.found = starts.test(this.text) ? starts.lastIndex - 1 : -1;
      this.searched = from;
    }
    return this.found >= 0 && this.found < to ? this.found : -1;
  }
}
