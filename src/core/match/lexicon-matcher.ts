// One combined matcher for every lexicon of every loaded pack, built once per rule set and run
// once over the snapshot's joined text. Never one regex per rule per node.
import { HitList } from './hit-list';
import type { PageSnapshot } from '../read/snapshot';
import { PhraseIndex } from './phrase-index';
import type { TimeSlicer } from '../shared/time-slicer';

export interface LexiconSpec {
  phrases: readonly string[];
  patterns: readonly string[];
  negatable: boolean;
  /**
   * For each pattern, characters every match of it holds (packs/pattern-needs.ts): the gate does
   * not compile a pattern for a title, address or box label without them. Only the background
   * derives them, for the packs it sends to content scripts; a pack never states them itself.
   */
  needs?: readonly (readonly string[])[];
}

export type { LexiconHit } from './hit-list';
export type LexiconHits = ReadonlyMap<string, HitList>;

/**
 * Where to look for the next pattern match after one at `index`: one character on. A whole
 * character: with the `u` flag, a lastIndex inside a surrogate pair is moved back to its start,
 * so `index + 1` after a match starting at an emoji ("😀必须购买会员") found that match again,
 * forever (a hang found by the fuzzer).
 */
export function nextSearchFrom(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const pair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (pair ? 2 : 1);
}
/** How far before a hit a negation word may stand: "不收取任何保证金". */
const NEGATION_WINDOW = 8;
/** Text searched between two looks at the clock in a sliced scan (well under a millisecond). */
const WINDOW_CHARS = 4_096;
/** How far a match may run past the end of its window and still be found whole. */
const WINDOW_OVERLAP = 512;

/** End of the window starting at `from`: the first block start at least WINDOW_CHARS on. */
function windowEnd(snapshot: PageSnapshot, from: number): number {
  const text = snapshot.text;
  if (from + WINDOW_CHARS >= text.length) return text.length;
  const next = snapshot.offsets[snapshot.blockAt(from + WINDOW_CHARS) + 1];
  // One enormous block (a long <pre>): cut inside it; the overlap still finds matches whole.
  return next !== undefined && next - from <= 4 * WINDOW_CHARS ? next : from + WINDOW_CHARS;
}

export class LexiconMatcher {
  /** The patterns in one alternation, one group each: beside the phrase index. */
  private readonly patternRegex: RegExp | null;
  private readonly phraseIndex: PhraseIndex;
  /** The lexicon owning each capture group of patternRegex. */
  private readonly groupLexicon: string[];
  private readonly phraseLexicons = new Map<string, string[]>();
  private readonly negatable = new Set<string>();
  /** Words that negate a hit standing just after them: 不收取, 无需. */
  private readonly negation: PhraseIndex;

  constructor(lexicons: Record<string, LexiconSpec>, negations: readonly string[]) {
    const groups: string[] = [];
    this.groupLexicon = [];
    for (const [name, spec] of Object.entries(lexicons)) {
      if (spec.negatable) this.negatable.add(name);
      for (const phrase of spec.phrases) {
        const owners = this.phraseLexicons.get(phrase);
        if (owners) {
          if (!owners.includes(name)) owners.push(name);
        } else this.phraseLexicons.set(phrase, [name]);
      }
      for (const pattern of spec.patterns) {
        groups.push(`(${pattern})`);
        this.groupLexicon.push(name);
      }
    }
    // Patterns keep their pack order; phrases come from the index (longest and shorter ones at a position).
    this.patternRegex = groups.length ? new RegExp(groups.join('|'), 'gu') : null;
    this.phraseIndex = new PhraseIndex(this.phraseLexicons.keys());
    this.negation = new PhraseIndex(negations);
  }

  /** Every hit in the snapshot's visible text, grouped by lexicon. */
  match(snapshot: PageSnapshot): LexiconHits {
    const run = this.start(snapshot);
    if (run) while (run.window());
    return run?.hits ?? new Map();
  }

  /** The same hits as match(), found window by window, pausing when the slicer says so. */
  async matchSliced(snapshot: PageSnapshot, slicer: TimeSlicer | null): Promise<LexiconHits> {
    const run = this.start(snapshot);
    if (!run) return new Map();
    while (run.window()) {
      if (slicer?.due()) await slicer.pause();
    }
    return run.hits;
  }

  /**
   * The text is searched in windows of about WINDOW_CHARS, each ending at a block boundary,
   * so that a sliced scan can pause between windows. Results are those of the single combined
   * alternation of the patterns stepping one character after each match, and of every phrase
   * that starts at a position (shorter ones first). A pattern match does not hide the phrases
   * of other lexicons that start where it does: "放款时…扣" (a deduction pattern) still holds the
   * loan signal 放款, so each lexicon sees its own words whatever other packs define. Phrases come from the index; patterns from their
   * own alternation, run on a prefix of the text (same offsets, same `^`) that reaches
   * WINDOW_OVERLAP characters past the window, keeping the matches that START inside it: a
   * match crossing the window's end is still found whole unless it is longer than the overlap.
   * Windows depend on the text alone, so match() and matchSliced() always agree.
   */
  private start(snapshot: PageSnapshot): { hits: Map<string, HitList>; window(): boolean } | null {
    const { patternRegex, phraseIndex: index } = this;
    const text = snapshot.text;
    if ((!patternRegex && !index.size) || !text) return null;
    const hits = new Map<string, HitList>();
    const groupCount = this.groupLexicon.length;
    const starts = index.startsIn(text);
    let from = 0;
    const window = (): boolean => {
      if (from >= text.length) return false;
      const end = windowEnd(snapshot, from);
      const patternHits: Array<{ start: number; lexicon: string | null; matched: string }> = [];
      if (patternRegex) {
        const haystack = end + WINDOW_OVERLAP >= text.length ? text : text.slice(0, end + WINDOW_OVERLAP);
        patternRegex.lastIndex = from;
        for (let m = patternRegex.exec(haystack); m && m.index < end; m = patternRegex.exec(haystack)) {
          // Step one character, not past the match: a phrase of another lexicon may start inside.
          patternRegex.lastIndex = nextSearchFrom(haystack, m.index);
          let lexicon: string | null = null;
          for (let g = 1; g <= groupCount; g++) {
            if (m[g] !== undefined) {
              lexicon = this.groupLexicon[g - 1] as string;
              break;
            }
          }
          // An empty match still takes its position from the phrases, as in the alternation.
          patternHits.push({ start: m.index, lexicon: m[0] ? lexicon : null, matched: m[0] });
        }
      }
      let k = 0;
      const patternsBefore = (at: number) => {
        for (; k < patternHits.length && (patternHits[k] as { start: number }).start < at; k++) {
          const h = patternHits[k] as { start: number; lexicon: string | null; matched: string };
          if (h.lexicon) this.record(hits, snapshot, text, [h.lexicon], h.matched, h.start);
        }
      };
      if (index.size) {
        const phrases: string[] = [];
        for (let at = starts.next(from, end); at >= 0; at = starts.next(at + 1, end)) {
          patternsBefore(at);
          index.phrasesAt(text, at, phrases);
          const longest = phrases[phrases.length - 1];
          if (longest === undefined) continue;
          // Shorter phrases that start here too (免息 inside 免息分期) belong to their own lexicons.
          for (let i = phrases.length - 2; i >= 0; i--) {
            const shorter = phrases[i] as string;
            this.record(hits, snapshot, text, this.phraseLexicons.get(shorter) ?? [], shorter, at);
          }
          this.record(hits, snapshot, text, this.phraseLexicons.get(longest) ?? [], longest, at);
        }
      }
      patternsBefore(Infinity);
      from = end;
      return from < text.length;
    };
    return { hits, window };
  }

  private record(
    hits: Map<string, HitList>,
    snapshot: PageSnapshot,
    text: string,
    owners: readonly string[],
    matched: string,
    start: number,
  ) {
    const block = snapshot.blockAt(start);
    if (!snapshot.blockVisible(block)) return;
    for (const lexicon of owners) {
      if (this.negatable.has(lexicon) && this.isNegated(text, start, snapshot.offsets[block] ?? 0)) continue;
      let list = hits.get(lexicon);
      const end = start + matched.length;
      // A hit inside the previous hit of the same lexicon adds nothing.
      if (list && list.lastEnd() >= end) continue;
      if (!list) hits.set(lexicon, (list = new HitList(lexicon, text)));
      list.push(start, end, block);
    }
  }

  /**
   * Lexicons present in a short string (a label, a shop name), found as on pages: the index for
   * phrases (every phrase starting at a position, shorter ones too), the patterns' alternation
   * beside it. Negations apply as on pages.
   * (One alternation of every phrase and pattern did this before: V8 compiled it on first use,
   * 20–60 ms on the first box label of a scan, and it ran at every position of the string.)
   */
  lexiconsIn(text: string): Set<string> {
    const found = new Set<string>();
    if (!text) return found;
    const add = (owners: readonly string[], start: number) => {
      for (const lexicon of owners) if (!(this.negatable.has(lexicon) && this.isNegated(text, start, 0))) found.add(lexicon);
    };
    const { patternRegex } = this;
    if (patternRegex) {
      patternRegex.lastIndex = 0;
      for (let m = patternRegex.exec(text); m; m = patternRegex.exec(text)) {
        patternRegex.lastIndex = nextSearchFrom(text, m.index);
        if (!m[0]) continue;
        const g = this.groupLexicon.findIndex((_, i) => m[i + 1] !== undefined);
        if (g >= 0) add([this.groupLexicon[g] as string], m.index);
      }
    }
    this.phraseIndex.eachIn(text, (phrase, at) => add(this.phraseLexicons.get(phrase) ?? [], at));
    return found;
  }

  private isNegated(text: string, start: number, blockStart: number): boolean {
    if (!this.negation.size) return false;
    return this.negation.occursIn(text.slice(Math.max(blockStart, start - NEGATION_WINDOW), start));
  }
}
