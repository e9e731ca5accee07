// The quick read: before any snapshot, one bare pass over the page's text nodes and one native
// regex pass of the page-kind signal phrases over the text that could hold them. A page kind
// needs a number of DISTINCT signal phrases (classify.ts). Counted on the raw text, which holds all of the visible text and more (hidden
// and script text, no separators between blocks), the counts are upper bounds of what the
// snapshot would find: a page on which no kind reaches its threshold here is `other` for
// certain, and so are nearly all pages a person opens. They never pay for a structured
// snapshot (docs/decisions/0006-quick-read.md).
//
// Cues in the title and the address are looked up with a matcher of their own lexicons only
// (a handful of phrases and address patterns, compiled in well under a millisecond: the rule
// set's matcher holds every pattern of every pack in one alternation, which V8 takes 5–20 ms to
// compile on its first use in a page's renderer). Without the other lexicons' patterns and the
// negations, which only ever take a match away, it finds at least what the classifier finds. A
// cue in the headings is assumed present (the headings' text is part of the raw text, but which
// words are headings is not).
//
// The one thing the raw text can lose is a phrase split by hidden markup inside it
// (免<span hidden>x</span>息): the snapshot joins the visible parts, the raw text does not.
import { addressText, weightedSpec, type ClassifierSpec } from './classify';
import { escapeRegExp, LexiconMatcher, type LexiconSpec } from '../match/lexicon-matcher';
import type { TimeSlicer } from '../shared/time-slicer';
import type { PageKind } from '../shared/types';

/** Candidate text searched at a time; the read stops after a chunk that settles the question. */
const CHUNK_CHARS = 16_384;
/** How far a pattern match may run across a chunk cut and still be found whole (as in the full matcher). */
const PATTERN_OVERLAP = 512;

export interface QuickReadResult {
  /** Kinds whose upper bound reaches their threshold: only these need the full read. */
  possibleKinds: PageKind[];
  /** Upper bounds of the distinct signal phrases per kind. */
  scores: Record<string, number>;
}

const HAN_FIRST = /^[\u3400-\u9fff]/;
const FULL_WIDTH_NUMBER = /[\uff10-\uff19\uff0e\uff05]/;
const FULL_WIDTH_NUMBERS = /[\uff10-\uff19\uff0e\uff05]/g;
/** Text under these is never page text (the snapshot skips them too). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Text nodes between two looks at the clock in a sliced read. */
const NODES_PER_CLOCK_CHECK = 512;

/**
 * An alternation of the phrases grouped by first character, longest first within each group:
 * 借(?:款额度|款|贷)|… V8 then tries one group per position instead of every phrase, and the
 * match at a position is still the longest phrase starting there.
 */
function byFirstUnit(phrases: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = phrase.charAt(0);
    const rest = groups.get(first) ?? [];
    rest.push(phrase.slice(1));
    groups.set(first, rest);
  }
  return [...groups]
    .map(([first, rests]) => {
      const longer = rests
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp);
      if (!longer.length) return escapeRegExp(first);
      return `${escapeRegExp(first)}(?:${longer.join('|')})${rests.includes('') ? '?' : ''}`;
    })
    .join('|');
}

export class QuickReader {
  private readonly specs: readonly ClassifierSpec[];
  /** All signal phrases in one alternation, longest first: V8 runs it as native code. */
  private readonly phrases: RegExp | null;
  /** A range of UTF-16 code units holding every first character of a signal phrase. */
  private readonly startRange: RegExp;
  /** For each phrase, the signal phrases it starts with (itself included): 免息分期 → 免息, 免息分期. */
  private readonly prefixes = new Map<string, string[]>();
  /** Signal lexicons each phrase belongs to. */
  private readonly owners = new Map<string, string[]>();
  /** Lexicons of bounded cues that have patterns: counted at their maximum, never searched. */
  private readonly assumed = new Set<string>();
  /** Patterns of signal lexicons (rare), each with its lexicon. */
  private readonly patterns: Array<{ lexicon: string; regex: RegExp }> = [];
  private readonly longest: number;
  /** The snapshot collapses whitespace; the raw text is collapsed too when a signal could span it. */
  private readonly collapseText: boolean;

  /** The lexicons of title and address cues, on their own: an upper bound of the rule set's lexiconsIn for them. */
  private readonly places: LexiconMatcher;

  constructor(classifiers: readonly ClassifierSpec[], lexicons: Readonly<Record<string, LexiconSpec>>) {
    // Reporting vetoes only ever turn a kind into `other`: the upper bound ignores them.
    this.specs = classifiers.filter((c) => c.kind !== 'other');
    const placeCues = this.specs.flatMap((s) => weightedSpec(s).cues.filter((c) => c.in === 'title' || c.in === 'url'));
    const placeLexicons: Record<string, LexiconSpec> = {};
    for (const { lexicon } of placeCues) {
      const spec = lexicons[lexicon];
      if (spec) placeLexicons[lexicon] = spec;
    }
    this.places = new LexiconMatcher(placeLexicons, []);
    let whitespace = false;
    // The raw text holds quotations too: a bound for both.
    const inText = (place: string) => place === 'text' || place === 'quotes';
    const textCues = this.specs.flatMap((s) => weightedSpec(s).cues.filter((c) => inText(c.in ?? 'text')));
    // A bounded cue whose lexicon has patterns (an income figure) is assumed present at its
    // maximum: searching patterns would mean taking and collapsing every text node of every page.
    // Only an unbounded cue (the legacy signals form) makes the quick read search patterns.
    const unbounded = new Set(textCues.filter((c) => !Number.isFinite(c.max ?? 1)).map((c) => c.lexicon));
    // So is one with a phrase that does not start with a Han character (100%下款, 0元入学): the
    // one range of first characters would then take nearly every text node of every page.
    const notHanFirst = (phrase: string) => !HAN_FIRST.test(phrase);
    for (const cue of textCues) {
      const spec = lexicons[cue.lexicon];
      if (!unbounded.has(cue.lexicon) && spec && (spec.patterns.length > 0 || spec.phrases.some(notHanFirst)))
        this.assumed.add(cue.lexicon);
    }
    for (const lexicon of new Set(textCues.map((c) => c.lexicon))) {
      const spec = lexicons[lexicon];
      if (!spec || this.assumed.has(lexicon)) continue;
      for (const phrase of spec.phrases) {
        if (!phrase) continue;
        const list = this.owners.get(phrase);
        if (list) list.push(lexicon);
        else this.owners.set(phrase, [lexicon]);
        if (/\s/.test(phrase)) whitespace = true;
      }
      for (const pattern of spec.patterns) this.patterns.push({ lexicon, regex: new RegExp(pattern, 'gu') });
    }
    const all = [...this.owners.keys()].sort((a, b) => b.length - a.length);
    for (const phrase of all)
      this.prefixes.set(
        phrase,
        all.filter((p) => phrase.startsWith(p)),
      );
    this.phrases = all.length ? new RegExp(byFirstUnit(all), 'g') : null;
    // One range around every first character: V8 tests a single range far faster than a set of
    // ~60 characters, and for Chinese signals it leaves out any text in other scripts.
    const firsts = all.map((p) => p.charCodeAt(0));
    const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
    this.startRange = firsts.length ? new RegExp(`[${hex(Math.min(...firsts))}-${hex(Math.max(...firsts))}]`) : /(?!)/;
    this.longest = all[0]?.length ?? 0;
    this.collapseText = whitespace || this.patterns.length > 0;
  }

  /**
   * Reads the page's text nodes in document order and searches what could hold a signal
   * phrase (candidateRun) chunk by chunk. Stops as soon as some kind reaches its threshold:
   * the full snapshot follows then anyway. Scores of such a page may be cut short.
   */
  async read(root: Element | null, slicer: TimeSlicer | null, url = ''): Promise<QuickReadResult> {
    if (!this.specs.length || !root) return { possibleKinds: [], scores: {} };
    const found = new Map<string, Set<string>>();
    const title = this.places.lexiconsIn(root.ownerDocument.title ?? '');
    const address = this.places.lexiconsIn(addressText(url || root.ownerDocument.URL || ''));
    this.placeBound = (place, lexicon) =>
      place === 'title' ? title.has(lexicon) : place === 'url' ? address.has(lexicon) : true;
    // The end of the last chunk searched, searched again with the next one: a phrase or a
    // pattern match across the cut is found whole (the distinct sets ignore the repeat).
    const overlap = this.patterns.length ? PATTERN_OVERLAP : Math.max(0, this.longest - 1);
    let tail = '';
    let result = this.verdict(found);
    const search = async (pending: string) => {
      let text = tail + pending;
      if (this.collapseText) text = text.replace(/\s+/g, ' ');
      // As the snapshot reads them (text-builder.ts): full-width digits, point and percent as ASCII.
      if (FULL_WIDTH_NUMBER.test(text))
        text = text.replace(FULL_WIDTH_NUMBERS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      // One enormous text node (a long <pre>) arrives whole: search it a window at a time.
      for (let from = 0; from < text.length; from += CHUNK_CHARS) {
        this.searchText(
          from === 0 && text.length <= CHUNK_CHARS + overlap ? text : text.slice(from, from + CHUNK_CHARS + overlap),
          found,
        );
        if (slicer?.due()) await slicer.pause();
      }
      tail = overlap ? text.slice(-overlap) : '';
      result = this.verdict(found);
    };
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const run = new CandidateRun(this.startRange, this.collapseText, this.longest - 1);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      run.add(node as Text);
      if (run.text.length >= CHUNK_CHARS) {
        await search(run.take());
        if (result.possibleKinds.length) return result;
      }
      if (slicer && ++n % NODES_PER_CLOCK_CHECK === 0 && slicer.due()) await slicer.pause();
    }
    if (run.text) await search(run.take());
    return result;
  }

  private searchText(text: string, found: Map<string, Set<string>>): void {
    const add = (lexicon: string, match: string) => {
      const set = found.get(lexicon);
      if (set) set.add(match);
      else found.set(lexicon, new Set([match]));
    };
    const { phrases } = this;
    if (phrases) {
      phrases.lastIndex = 0;
      for (let m = phrases.exec(text); m; m = phrases.exec(text)) {
        // Every start position, as the full matcher steps one character after a hit.
        phrases.lastIndex = m.index + 1;
        for (const phrase of this.prefixes.get(m[0]) ?? []) {
          for (const lexicon of this.owners.get(phrase) ?? []) add(lexicon, phrase);
        }
      }
    }
    for (const { lexicon, regex } of this.patterns) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        regex.lastIndex = m.index + 1;
        if (m[0]) add(lexicon, m[0]);
      }
    }
  }

  /** Whether a cue outside the text may be present (set per read). */
  private placeBound: (place: string, lexicon: string) => boolean = () => true;

  private verdict(found: ReadonlyMap<string, ReadonlySet<string>>): QuickReadResult {
    const scores: Record<string, number> = {};
    const possibleKinds: PageKind[] = [];
    for (const spec of this.specs) {
      const { threshold, cues } = weightedSpec(spec);
      let score = 0;
      for (const cue of cues) {
        const place = cue.in ?? 'text';
        if (this.assumed.has(cue.lexicon)) score += (cue.max ?? 1) * cue.weight;
        else if (place === 'text' || place === 'quotes')
          score += Math.min(found.get(cue.lexicon)?.size ?? 0, cue.max ?? 1) * cue.weight;
        else if (this.placeBound(place, cue.lexicon)) score += cue.weight;
      }
      scores[spec.kind] = Math.max(scores[spec.kind] ?? 0, score);
      if (score >= threshold && !possibleKinds.includes(spec.kind)) possibleKinds.push(spec.kind);
    }
    return { possibleKinds, scores };
  }
}

/**
 * The text a signal phrase can be in: every text node holding a character in the range that
 * signal phrases start with (one native test per node, about a nanosecond a character), each
 * followed by as much of the next nodes' text as the longest phrase needs to end there. Runs
 * that do not touch are cut by "\n", which no phrase contains. Large text nodes under <script>
 * and <style> (JSON, code) are skipped; checking every node's parent would cost more than
 * scanning the small ones. When signals may span whitespace, every node is taken.
 */
class CandidateRun {
  /** `+=` builds a rope that the regex flattens once: cheaper than an array join. */
  text = '';
  private owed = 0;
  private joined = false;
  private started = false;

  constructor(
    private readonly startRange: RegExp,
    private readonly everyNode: boolean,
    private readonly reach: number,
  ) {}

  add(node: Text): void {
    const data = node.data;
    // The parent is looked at first for large nodes only: a script's JSON is never scanned.
    const script = data.length > 256 && NOT_TEXT.has(node.parentNode?.nodeName ?? '');
    if (!script && (this.everyNode || this.startRange.test(data))) {
      if (!this.joined && this.started) this.text += '\n';
      this.text += data;
      this.started = true;
      this.owed = this.reach;
      this.joined = true;
    } else if (this.owed > 0) {
      this.text += data.length > this.owed ? data.slice(0, this.owed) : data;
      this.joined = data.length <= this.owed;
      this.owed -= data.length;
    } else this.joined = false;
  }

  /** The text so far; the run goes on (a phrase may continue into the next node). */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}
