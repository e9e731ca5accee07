// Literal phrases, found one way by every reader: the rule set's lexicons on the snapshot, the
// quick read's signal phrases on the raw text, licence labels and negations. One native regex
// finds where a phrase could start; there, the phrases that begin with the two units found are
// compared with startsWith, shortest first. Each start costs a script call, which in a content
// script's one unoptimised run is the dearer part, so the native search rules out what it can
// for the price of compiling it (what-we-tried.md, issue 19):
// - a small set (the quick read's 149 first pairs) gets the exact pairs, 免[息费]|…: on the
//   Chinese corpus pages 0–79 starts are left, against 0–244 for two classes. Written with a
//   lookahead, 免(?=[息费]), the same search cost V8 as much as the whole alternation of phrases;
// - a large set (the rule set's 613 pairs) gets a class of first units followed by a class of
//   second units, as a lookahead so that test() says where the start is: no match array for each
//   of a page's thousands of starts. The exact pairs were a 2,917-character regex that V8 took
//   0.8 ms to compile on a fresh page, against 0.2 ms for the classes.

import { unitClass, unitEscape } from './regex-source';

/** Above this many distinct first pairs the native search reads classes, not the pairs themselves. */
const EXACT_PAIRS_LIMIT = 256;

export class PhraseIndex {
  readonly size: number;
  /** The longest phrase's length in code units (0 without phrases). */
  readonly longest: number;
  /** One-unit phrases, by their unit. */
  private readonly singles = new Map<number, string>();
  /** Longer phrases by first unit, then second unit, shortest first: each is checked with startsWith. */
  private readonly byPair = new Map<number, Map<number, string[]>>();
  private readonly starts: RegExp;
  /** The exact pairs, matched whole (exec), or the classes with a lookahead (test). */
  private readonly exactStarts: boolean;

  constructor(phrases: Iterable<string>) {
    let size = 0;
    let longest = 0;
    let pairs = 0;
    for (const phrase of new Set(phrases)) {
      if (!phrase) continue;
      size++;
      longest = Math.max(longest, phrase.length);
      const first = phrase.charCodeAt(0);
      if (phrase.length === 1) {
        this.singles.set(first, phrase);
        continue;
      }
      let seconds = this.byPair.get(first);
      if (!seconds) this.byPair.set(first, (seconds = new Map<number, string[]>()));
      const second = phrase.charCodeAt(1);
      const bucket = seconds.get(second);
      if (bucket) bucket.push(phrase);
      else {
        seconds.set(second, [phrase]);
        pairs++;
      }
    }
    // Each bucket's phrases share two units; shortest first is the order phrasesAt answers in.
    for (const seconds of this.byPair.values()) for (const bucket of seconds.values()) bucket.sort((a, b) => a.length - b.length);
    this.size = size;
    this.longest = longest;
    this.exactStarts = pairs <= EXACT_PAIRS_LIMIT;
    this.starts = this.startSearch(this.exactStarts);
  }

  /** The native search for starts: every match begins where a phrase may start. */
  private startSearch(exact: boolean): RegExp {
    const alternatives: string[] = [];
    // A one-unit phrase starts wherever its unit stands, whatever follows.
    if (this.singles.size) alternatives.push(`[${unitClass(this.singles.keys())}]`);
    const pairs = [...this.byPair].filter(([first]) => !this.singles.has(first));
    if (exact) {
      for (const [first, seconds] of pairs) alternatives.push(`${unitEscape(first)}[${unitClass(seconds.keys())}]`);
    } else if (pairs.length) {
      const firsts = pairs.map(([first]) => first);
      const seconds = pairs.flatMap(([, s]) => [...s.keys()]);
      alternatives.push(`[${unitClass(firsts)}](?=[${unitClass(seconds)}])`);
    }
    return alternatives.length ? new RegExp(alternatives.join('|'), 'g') : /(?!)/g;
  }

  /** The positions of `text` where a phrase could start, asked for in reading order. */
  startsIn(text: string): PhraseStarts {
    return new PhraseStarts(text, this);
  }

  /** The first position from `from` on where a phrase could start, or -1. */
  startFrom(text: string, from: number): number {
    // lastIndex is set before each search: the regex is shared by every text and every caller.
    const starts = this.starts;
    starts.lastIndex = from;
    if (this.exactStarts) return starts.exec(text)?.index ?? -1;
    return starts.test(text) ? starts.lastIndex - 1 : -1;
  }

  /**
   * Every phrase that starts at `at`, shortest first (each is a prefix of the next), written into
   * `into` (emptied first): a page's matcher asks at every position where a phrase may start, so
   * it passes one array for all of them (an array per hit was 2.5 MB on the 100k page).
   */
  phrasesAt(text: string, at: number, into: string[] = []): string[] {
    into.length = 0;
    const first = text.charCodeAt(at);
    const single = this.singles.get(first);
    if (single !== undefined) into.push(single);
    const bucket = this.byPair.get(first)?.get(text.charCodeAt(at + 1));
    if (bucket) for (const phrase of bucket) if (phrase.length === 2 || text.startsWith(phrase, at)) into.push(phrase);
    return into;
  }

  /** The longest phrase starting at `at`, or null: labels are read longest first (食品经营许可证编号 before 许可证编号). */
  longestAt(text: string, at: number): string | null {
    const bucket = this.byPair.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
    if (bucket) {
      for (let i = bucket.length - 1; i >= 0; i--) {
        const phrase = bucket[i] as string;
        if (phrase.length === 2 || text.startsWith(phrase, at)) return phrase;
      }
    }
    return this.singles.get(text.charCodeAt(at)) ?? null;
  }

  /**
   * Every phrase at every position of `text`, shorter ones first at a position, until `visit`
   * returns true. One loop in one function, for whole short texts and the quick read: a fresh
   * content script compiles every function it calls on its first call.
   */
  eachIn(text: string, visit: (phrase: string, at: number) => boolean | void): void {
    if (!this.size) return;
    for (let at = this.startFrom(text, 0); at >= 0; at = this.startFrom(text, at + 1)) {
      const first = text.charCodeAt(at);
      const single = this.singles.get(first);
      if (single !== undefined && visit(single, at)) return;
      const bucket = this.byPair.get(first)?.get(text.charCodeAt(at + 1));
      if (bucket)
        for (const phrase of bucket) if ((phrase.length === 2 || text.startsWith(phrase, at)) && visit(phrase, at)) return;
    }
  }

  /** Whether any phrase occurs in `text`. */
  occursIn(text: string): boolean {
    let found = false;
    this.eachIn(text, () => (found = true));
    return found;
  }
}

/** One text's candidate positions, found by the index's native search. */
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
    private readonly index: PhraseIndex,
  ) {}

  /** The first position in [from, to) where a phrase could start, or -1. */
  next(from: number, to: number): number {
    if (this.searched < 0 || from < this.searched || (this.found >= 0 && from > this.found)) {
      this.found = this.index.startFrom(this.text, from);
      this.searched = from;
    }
    return this.found >= 0 && this.found < to ? this.found : -1;
  }
}
