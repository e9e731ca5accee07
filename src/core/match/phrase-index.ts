// Literal phrases, found one way by every reader: the rule set's lexicons on the snapshot, the
// quick read's signal phrases on the raw text, licence labels and negations. One native regex
// finds where a phrase could be; there, the phrases holding the two units found are compared
// with startsWith. Each candidate costs a script call, which in a content script's one
// unoptimised run is the dearer part, so the native search rules out what it can for the price
// of compiling it (what-we-tried.md, issue 19):
// - a small set (the quick read's 149 first pairs) gets exact pairs, 免[息费]|…: on the Chinese
//   corpus pages 0–79 starts are left, against 0–244 for two classes. Written with a lookahead,
//   免(?=[息费]), the same search cost V8 as much as the whole alternation of phrases. V8's
//   compile time grows with the alternatives, one per leading unit, and is paid on every page
//   (113 of them took 125–300 µs in a fresh world). So eachIn, which only has to find every
//   phrase, looks for each phrase by the pair inside it whose first unit leads pairs in the most
//   phrases (款 in 借款 and 贷款): 77 alternatives, compiled in about half the time, and fewer
//   candidates. startsIn, which must stop at every start, keeps the first pairs;
// - a large set (the rule set's 613 pairs) gets a class of first units followed by a class of
//   second units, as a lookahead so that test() says where the start is: no match array for each
//   of a page's thousands of starts. The exact pairs were a 2,917-character regex that V8 took
//   0.8 ms to compile on a fresh page, against 0.2 ms for the classes.
// The alternatives go in code-unit order: V8 compiled the sorted alternation faster.

import { unitClass, unitEscape } from './regex-source';

/** Above this many distinct first pairs the native search reads classes, not the pairs themselves. */
const EXACT_PAIRS_LIMIT = 256;

type PairBuckets = Map<number, Map<number, string[]>>;

function addToBucket(buckets: PairBuckets, first: number, second: number, phrase: string): boolean {
  let seconds = buckets.get(first);
  if (!seconds) buckets.set(first, (seconds = new Map<number, string[]>()));
  const bucket = seconds.get(second);
  if (bucket) bucket.push(phrase);
  else seconds.set(second, [phrase]);
  return !bucket;
}

/**
 * For each phrase of two units or more, where the pair it is searched by starts: at the unit
 * that leads a pair in the most phrases (the first such unit on a tie), so that few units lead
 * all the pairs searched.
 */
function anchorOffsets(phrases: readonly string[]): Map<string, number> {
  const leads = new Map<number, number>();
  for (const phrase of phrases)
    for (let i = 0; i + 1 < phrase.length; i++) {
      const unit = phrase.charCodeAt(i);
      leads.set(unit, (leads.get(unit) ?? 0) + 1);
    }
  const offsets = new Map<string, number>();
  for (const phrase of phrases) {
    let best = 0;
    for (let i = 1; i + 1 < phrase.length; i++)
      if ((leads.get(phrase.charCodeAt(i)) ?? 0) > (leads.get(phrase.charCodeAt(best)) ?? 0)) best = i;
    if (best > 0) offsets.set(phrase, best);
  }
  return offsets;
}

export class PhraseIndex {
  readonly size: number;
  /** The longest phrase's length in code units (0 without phrases). */
  readonly longest: number;
  /** One-unit phrases, by their unit. */
  private readonly singles = new Map<number, string>();
  /** Longer phrases by first unit, then second unit, shortest first: each is checked with startsWith. */
  private readonly byPair: PairBuckets = new Map();
  /** The exact pairs, matched whole (exec), or the classes with a lookahead (test). */
  private readonly exactStarts: boolean;
  /** Where each phrase's searched pair starts, when not at the phrase's start (exact pairs only). */
  private readonly offsets: ReadonlyMap<string, number>;
  /** The phrases by the pair they are searched by (byPair itself when every pair is a first pair). */
  private readonly byAnchor: PairBuckets;
  /** eachIn's search, built with the index (in a content script, building it is script work); */
  private readonly anchors: RegExp;
  /** startsIn's, the same one but for a small set searched by inner pairs: built on its first use. */
  private starts: RegExp | null;

  constructor(phrases: Iterable<string>) {
    let size = 0;
    let longest = 0;
    let pairs = 0;
    const longer: string[] = [];
    for (const phrase of new Set(phrases)) {
      if (!phrase) continue;
      size++;
      longest = Math.max(longest, phrase.length);
      const first = phrase.charCodeAt(0);
      if (phrase.length === 1) {
        this.singles.set(first, phrase);
        continue;
      }
      longer.push(phrase);
      if (addToBucket(this.byPair, first, phrase.charCodeAt(1), phrase)) pairs++;
    }
    // Each bucket's phrases share two units; shortest first is the order phrasesAt answers in.
    for (const seconds of this.byPair.values()) for (const bucket of seconds.values()) bucket.sort((a, b) => a.length - b.length);
    this.size = size;
    this.longest = longest;
    this.exactStarts = pairs <= EXACT_PAIRS_LIMIT;
    this.offsets = this.exactStarts ? anchorOffsets(longer) : new Map();
    if (this.offsets.size) {
      this.byAnchor = new Map();
      for (const phrase of longer) {
        const at = this.offsets.get(phrase) ?? 0;
        addToBucket(this.byAnchor, phrase.charCodeAt(at), phrase.charCodeAt(at + 1), phrase);
      }
    } else this.byAnchor = this.byPair;
    this.anchors = this.search(this.byAnchor);
    this.starts = this.byAnchor === this.byPair ? this.anchors : null;
  }

  /** A native search for the given pairs (and the one-unit phrases): every match is where one of them is. */
  private search(buckets: PairBuckets): RegExp {
    const alternatives: string[] = [];
    // A one-unit phrase is wherever its unit stands, whatever follows.
    if (this.singles.size) alternatives.push(`[${unitClass(this.singles.keys())}]`);
    const pairs = [...buckets].filter(([first]) => !this.singles.has(first)).sort((a, b) => a[0] - b[0]);
    if (this.exactStarts) {
      for (const [first, seconds] of pairs) alternatives.push(`${unitEscape(first)}[${unitClass(seconds.keys())}]`);
    } else if (pairs.length) {
      const firsts = pairs.map(([first]) => first);
      const seconds = pairs.flatMap(([, s]) => [...s.keys()]);
      alternatives.push(`[${unitClass(firsts)}](?=[${unitClass(seconds)}])`);
    }
    return alternatives.length ? new RegExp(alternatives.join('|'), 'g') : /(?!)/g;
  }

  /** The first position from `from` on where `regex` (a search of this index) matches, or -1. */
  private next(regex: RegExp, text: string, from: number): number {
    // lastIndex is set before each search: the regex is shared by every text and every caller.
    regex.lastIndex = from;
    if (this.exactStarts) return regex.exec(text)?.index ?? -1;
    return regex.test(text) ? regex.lastIndex - 1 : -1;
  }

  /** The positions of `text` where a phrase could start, asked for in reading order. */
  startsIn(text: string): PhraseStarts {
    return new PhraseStarts(text, this);
  }

  /** The first position from `from` on where a phrase could start, or -1. */
  startFrom(text: string, from: number): number {
    return this.next((this.starts ??= this.search(this.byPair)), text, from);
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
   * Every phrase at every position of `text`, each occurrence once with where it starts, until
   * `visit` returns true. In no set order: a phrase is found by its searched pair, which may lie
   * inside it. One loop in one function, for whole short texts and the quick read: a fresh
   * content script compiles every function it calls on its first call.
   */
  eachIn(text: string, visit: (phrase: string, at: number) => boolean | void): void {
    if (!this.size) return;
    const { anchors } = this;
    for (let at = this.next(anchors, text, 0); at >= 0; at = this.next(anchors, text, at + 1)) {
      const first = text.charCodeAt(at);
      const single = this.singles.get(first);
      if (single !== undefined && visit(single, at)) return;
      const bucket = this.byAnchor.get(first)?.get(text.charCodeAt(at + 1));
      if (!bucket) continue;
      for (const phrase of bucket) {
        const start = at - (this.offsets.get(phrase) ?? 0);
        if (start >= 0 && (phrase.length === 2 || text.startsWith(phrase, start)) && visit(phrase, start)) return;
      }
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
