// The quick read: before any snapshot, the page's text in one native call (read/raw-text.ts),
// and the page-kind signal phrases found in the part of it that could hold them, their starts by
// one native search (match/phrase-index.ts). A page kind needs a number of DISTINCT signal
// phrases (classify.ts). Counted on the raw text, which holds all of the visible text and more
// (hidden text, scripts' text, no separators between blocks), the counts are upper bounds of
// what the snapshot would find: a page on which no kind reaches its threshold here is `other` for
// certain, and so are nearly all pages a person opens. They never pay for a structured
// snapshot (docs/decisions/0006-quick-read.md). No script loop runs over the page's nodes: a
// fresh content script runs its loops in V8's interpreter, the DOM's own calls run compiled.
//
// Cues in the title and the address count as present until looked up, and are looked up only
// while they could lift a kind to its threshold: on most pages they are never needed. Each
// lexicon is looked up on its own (match/lexicon-lookup.ts), never with the rule set's matcher,
// which holds every pattern of every pack in one alternation that V8 takes 5–20 ms to compile
// on its first use in a page's renderer. A cue in the headings is assumed present (the
// headings' text is part of the raw text, but which words are headings is not).
//
// The one thing the raw text can lose is a phrase split by hidden markup inside it
// (免<span hidden>x</span>息): the snapshot joins the visible parts, the raw text does not.
import { addressText, weightedSpec, type ClassifierSpec } from './classify';
import type { LexiconSpec } from '../match/lexicon-matcher';
import { LexiconLookup } from '../match/lexicon-lookup';
import { PhraseIndex } from '../match/phrase-index';
import { unitEscape } from '../match/regex-source';
import { CUT, rawPageText } from '../read/raw-text';
import type { TimeSlicer } from '../shared/time-slicer';
import type { PageKind } from '../shared/types';

/** Candidate text searched at a time; the read stops after a chunk that settles the question. */
const CHUNK_CHARS = 16_384;
/** How far a pattern match may run across a chunk cut and still be found whole (as in the full matcher). */
const PATTERN_OVERLAP = 512;

export interface QuickReadResult {
  /** Kinds whose upper bound reaches their threshold: only these need the full read. */
  possibleKinds: PageKind[];
  /**
   * Upper bounds of each kind's score: distinct signal phrases in the raw text, plus the title
   * and address cues. Those are looked up only while they could decide the kind; one never
   * looked up counts as present.
   */
  scores: Record<string, number>;
}

const HAN_FIRST = /^[\u3400-\u9fff]/;
const FULL_WIDTH_NUMBER = /[\uff10-\uff19\uff0e\uff05]/;
const FULL_WIDTH_NUMBERS = /[\uff10-\uff19\uff0e\uff05]/g;
/** Full-width digits, point and percent: kept by the cut when a phrase holds their ASCII forms, then read as ASCII. */
const FULL_WIDTH_UNITS = '\\uff05\\uff0e\\uff10-\\uff19';
/** The ASCII forms the snapshot makes of them (text-builder.ts). */
const NUMBER_CHARS = /[0-9.%]/;

/** One kind's classifier cues as the quick read counts them. */
interface KindBound {
  kind: PageKind;
  threshold: number;
  /** Cues counted at their maximum: bounded pattern cues, headings. */
  fixed: number;
  text: Array<{ lexicon: string; weight: number; max: number }>;
  places: Array<{ place: 'title' | 'url'; lexicon: string; weight: number }>;
}

export class QuickReader {
  private readonly specs: readonly ClassifierSpec[];
  /** The signal phrases, found as every phrase is (match/phrase-index.ts). */
  private readonly phrases: PhraseIndex;
  /** A range of UTF-16 code units holding every first character of a signal phrase. */
  private readonly startRange: RegExp;
  /**
   * Runs of characters no signal phrase holds (for Chinese phrases, everything but Han
   * characters), cut out before the phrases are searched: most of a page's text, and all of a
   * page in another script. Null when a phrase could span them (whitespace, patterns).
   */
  private readonly outside: RegExp | null;
  /** Whether a phrase holds a digit, point or percent: only then do full-width ones need reading as ASCII. */
  private readonly readsNumbers: boolean;
  /** Signal lexicons each phrase belongs to. */
  private readonly owners = new Map<string, string[]>();
  /** Lexicons of bounded cues that have patterns: counted at their maximum, never searched. */
  private readonly assumed = new Set<string>();
  /** Patterns of signal lexicons (rare), each with its lexicon. */
  private readonly patterns: Array<{ lexicon: string; regex: RegExp }> = [];
  /** The snapshot collapses whitespace; the raw text is collapsed too when a signal could span it. */
  private readonly collapseText: boolean;

  /**
   * Title and address lexicons, each looked up on its own (match/lexicon-lookup.ts): without
   * negations and without the other lexicons' patterns, which only ever take a match away, this
   * finds at least what the classifier finds.
   */
  private readonly places: LexiconLookup;
  /** Each kind's cues, sorted out once: what counts from the text, what is fixed, what sits in the title or address. */
  private readonly kinds: readonly KindBound[];

  constructor(classifiers: readonly ClassifierSpec[], lexicons: Readonly<Record<string, LexiconSpec>>) {
    // Reporting vetoes only ever turn a kind into `other`: the upper bound ignores them.
    this.specs = classifiers.filter((c) => c.kind !== 'other');
    const placeCues = this.specs.flatMap((s) => weightedSpec(s).cues.filter((c) => c.in === 'title' || c.in === 'url'));
    this.places = new LexiconLookup(
      lexicons,
      placeCues.map((cue) => cue.lexicon),
    );
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
    const all = [...this.owners.keys()];
    this.phrases = new PhraseIndex(all);
    // One range around every first character: V8 tests a single range far faster than a set of
    // ~60 characters, and for Chinese signals it leaves out any text in other scripts.
    const firsts = all.map((p) => p.charCodeAt(0));
    this.startRange = firsts.length
      ? new RegExp(`[${unitEscape(Math.min(...firsts))}-${unitEscape(Math.max(...firsts))}]`)
      : /(?!)/;
    this.collapseText = whitespace || this.patterns.length > 0;
    const units = all.flatMap((p) => Array.from(p, (c) => c.charCodeAt(0)));
    const low = Math.min(...units);
    // CUT stands for what was cut: it must not fall in the range itself.
    this.readsNumbers = this.patterns.length > 0 || all.some((p) => NUMBER_CHARS.test(p));
    const keep = `${unitEscape(low)}-${unitEscape(Math.max(...units))}${this.readsNumbers ? FULL_WIDTH_UNITS : ''}`;
    this.outside = units.length && !this.collapseText && low > CUT.charCodeAt(0) ? new RegExp(`[^${keep}]+`, 'g') : null;
    this.kinds = this.specs.map((spec) => this.kindBound(spec));
  }

  private kindBound(spec: ClassifierSpec): KindBound {
    const { threshold, cues } = weightedSpec(spec);
    const bound: KindBound = { kind: spec.kind, threshold, fixed: 0, text: [], places: [] };
    for (const cue of cues) {
      const place = cue.in ?? 'text';
      if (this.assumed.has(cue.lexicon)) bound.fixed += (cue.max ?? 1) * cue.weight;
      // The raw text holds quotations too: a bound for both.
      else if (place === 'text' || place === 'quotes')
        bound.text.push({ lexicon: cue.lexicon, weight: cue.weight, max: cue.max ?? 1 });
      else if (place === 'title' || place === 'url') bound.places.push({ place, lexicon: cue.lexicon, weight: cue.weight });
      // A cue in the headings is assumed present (which words are headings, the raw text does not say).
      else bound.fixed += cue.weight;
    }
    // Phrase lookups first: often they alone rule the kind out, and no pattern is compiled.
    bound.places.sort((a, b) => Number(this.places.hasPatterns(a.lexicon)) - Number(this.places.hasPatterns(b.lexicon)));
    return bound;
  }

  /** The kinds the page could be, from its raw text: an upper bound of what the classifier finds. */
  async read(root: Element | null, slicer: TimeSlicer | null, url = ''): Promise<QuickReadResult> {
    if (!this.specs.length || !root) return { possibleKinds: [], scores: {} };
    this.placeHas = this.placeLookup(root.ownerDocument, url);
    const found = new Map<string, Set<string>>();
    if (slicer?.due()) await slicer.pause();
    let raw = rawPageText(root);
    // Whitespace collapsed on the whole text keeps a phrase with spaces whole across windows.
    if (this.collapseText) raw = raw.replace(/\s+/g, ' ');
    // A match across a window's cut is found whole in the next window, which starts before it.
    const overlap = this.patterns.length || this.collapseText ? PATTERN_OVERLAP : Math.max(0, this.phrases.longest - 1);
    // Window by window, each cut and searched in one slice: a huge page's text is megabytes.
    for (let from = 0; ; from += CHUNK_CHARS) {
      if (from > 0 && slicer?.due()) await slicer.pause();
      const end = from + CHUNK_CHARS + overlap;
      this.searchWindow(from === 0 && end >= raw.length ? raw : raw.slice(from, end), found);
      // Stops once a kind is possible: the full snapshot follows then anyway (scores may be cut short).
      if (end >= raw.length || this.verdict(found).possibleKinds.length) break;
    }
    return this.verdict(found);
  }

  private searchWindow(raw: string, found: Map<string, Set<string>>): void {
    // Cut first, then read full-width digits as ASCII in what is left (the cut keeps them for it).
    const text = this.numbersAsAscii(this.outside ? raw.replace(this.outside, CUT) : raw);
    // A text with no character a signal phrase starts with never compiles the phrases' start search.
    // After the cut, that is a text of at most one CUT (the cut merges neighbouring runs).
    const none = this.outside ? text.length <= CUT.length : !this.patterns.length && !this.startRange.test(text);
    if (!none) this.searchText(text, found);
  }

  /** As the snapshot reads them (text-builder.ts): full-width digits, point and percent as ASCII. */
  private numbersAsAscii(text: string): string {
    return this.readsNumbers && FULL_WIDTH_NUMBER.test(text)
      ? text.replace(FULL_WIDTH_NUMBERS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      : text;
  }

  private searchText(text: string, found: Map<string, Set<string>>): void {
    const add = (lexicon: string, match: string) => {
      const set = found.get(lexicon);
      if (set) set.add(match);
      else found.set(lexicon, new Set([match]));
    };
    // Every phrase at every position, the shorter ones too (免息分期 → 免息, 免息分期), as the full matcher.
    this.phrases.eachIn(text, (phrase) => {
      for (const lexicon of this.owners.get(phrase) ?? []) add(lexicon, phrase);
    });
    for (const { lexicon, regex } of this.patterns) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        regex.lastIndex = m.index + 1;
        if (m[0]) add(lexicon, m[0]);
      }
    }
  }

  /** Whether a lexicon has a match in the title or the address (set per read, each looked up once when needed). */
  private placeHas: (place: 'title' | 'url', lexicon: string) => boolean = () => true;

  private placeLookup(doc: Document, url: string): (place: 'title' | 'url', lexicon: string) => boolean {
    // Each read once, when first needed (an address is parsed with URL, which a fresh content script first has to set up).
    const read = { title: () => doc.title ?? '', url: () => addressText(url || doc.URL || '') };
    const texts: Partial<Record<'title' | 'url', string>> = {};
    return (place, lexicon) => this.places.has((texts[place] ??= read[place]()), lexicon);
  }

  private verdict(found: ReadonlyMap<string, ReadonlySet<string>>): QuickReadResult {
    const scores: Record<string, number> = {};
    const possibleKinds: PageKind[] = [];
    for (const bound of this.kinds) {
      let score = bound.fixed;
      for (const cue of bound.text) score += Math.min(found.get(cue.lexicon)?.size ?? 0, cue.max) * cue.weight;
      // Title and address cues count as present until looked up, and are looked up only while
      // they could decide the kind.
      let open = bound.places.reduce((sum, cue) => sum + cue.weight, 0);
      for (const cue of bound.places) {
        if (score + open < bound.threshold) break;
        open -= cue.weight;
        if (this.placeHas(cue.place, cue.lexicon)) score += cue.weight;
      }
      score += open;
      scores[bound.kind] = Math.max(scores[bound.kind] ?? 0, score);
      if (score >= bound.threshold && !possibleKinds.includes(bound.kind)) possibleKinds.push(bound.kind);
    }
    return { possibleKinds, scores };
  }
}
