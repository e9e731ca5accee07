// Page kind from weighted cues, all of them pack data: signal phrases in the page's text, its
// title, headings and address, and the lures themselves. A kind wins when its score reaches
// its threshold; pages that report on, warn about or explain lures (news, regulators' alerts,
// anti-fraud lessons) reach a reporting threshold and are vetoed to `other`, so domain rules
// never fire on a story that quotes 砍头息. Every score says which cues made it (--explain).
import type { LexiconHits } from '../match/lexicon-matcher';
import type { PageSnapshot } from '../read/snapshot';
import type { PageKind } from '../shared/types';

/** Where a cue's lexicon is looked for. */
export const CUE_PLACES = ['text', 'title', 'headings', 'url', 'quotes'] as const;
export type CuePlace = (typeof CUE_PLACES)[number];

export interface ClassifierCue {
  lexicon: string;
  /**
   * Default `text`: the page's own words, quotations left out (a <blockquote> or <q> holds
   * someone else's words). `quotes`: only the words in quotations, for the reporting veto.
   */
  in?: CuePlace;
  /** Score per distinct phrase found (text), or for being present (title, headings, url). */
  weight: number;
  /** Distinct phrases counted at most (text only). Default 1: the cue is present or not. */
  max?: number;
}

export interface ClassifierSpec {
  kind: PageKind;
  /** Legacy form: distinct phrases of one lexicon, each worth 1, against minDistinct. */
  signals?: string;
  minDistinct?: number;
  /** Weighted form: the score needed, and the cues that add up to it. */
  threshold?: number;
  cues?: readonly ClassifierCue[];
}

/** One cue that counted, for the explanation. */
export interface CueScore {
  kind: PageKind;
  lexicon: string;
  in: CuePlace;
  /** Distinct phrases (text) or 1 (found in the title, a heading or the address). */
  count: number;
  score: number;
  /** Up to three of the phrases found. */
  found: string[];
}

export interface Classification {
  kind: PageKind;
  /** Score per kind (`other:<n>` for the reporting scores of each pack). */
  scores: Record<string, number>;
  thresholds: Record<string, number>;
  cues: CueScore[];
}

/** A spec in the weighted form, whichever form it was written in. */
export function weightedSpec(spec: ClassifierSpec): { threshold: number; cues: readonly ClassifierCue[] } {
  if (spec.cues?.length) return { threshold: spec.threshold ?? spec.minDistinct ?? 1, cues: spec.cues };
  return {
    threshold: spec.minDistinct ?? spec.threshold ?? 1,
    cues: spec.signals ? [{ lexicon: spec.signals, weight: 1, max: Infinity }] : [],
  };
}

/** The lexicons of a spec's cues looked for in `place`. */
export function cueLexicons(specs: readonly ClassifierSpec[], place: CuePlace): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) for (const cue of weightedSpec(spec).cues) if ((cue.in ?? 'text') === place) out.add(cue.lexicon);
  return out;
}

const QUOTATION = 'blockquote, q';

/** Which blocks sit in a quotation; nothing is looked up on a page without one. */
export function quotationBlocks(snapshot: PageSnapshot): (block: number) => boolean {
  const doc = snapshot.blockElement(0)?.ownerDocument;
  if (!doc?.querySelector(QUOTATION)) return () => false;
  const known = new Map<number, boolean>();
  return (block) => {
    let quoted = known.get(block);
    if (quoted === undefined) known.set(block, (quoted = !!snapshot.blockElement(block)?.closest(QUOTATION)));
    return quoted;
  };
}

function distinctMatches(hits: LexiconHits, lexicon: string, keep: (block: number) => boolean): string[] {
  const list = hits.get(lexicon);
  const matches = new Set<string>();
  if (list) for (let i = 0; i < list.length; i++) if (keep(list.block(i))) matches.add(list.match(i));
  return [...matches];
}

/** The address as words: host and path, decoded and lower-cased (query strings say little). */
export function addressText(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(`${u.hostname}${u.pathname}`).toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** What a page shows besides its running text: the classifier's other places to look. */
export interface CuePlaces {
  title: ReadonlySet<string>;
  headings: ReadonlySet<string>;
  url: ReadonlySet<string>;
  quoted: (block: number) => boolean;
}

export function placesOf(snapshot: PageSnapshot, lexiconsIn: (text: string) => ReadonlySet<string>): CuePlaces {
  const headings = new Set<string>();
  for (const h of snapshot.headings) for (const l of lexiconsIn(h.text)) headings.add(l);
  return {
    title: lexiconsIn(snapshot.title),
    headings,
    url: lexiconsIn(addressText(snapshot.url)),
    quoted: quotationBlocks(snapshot),
  };
}

export function scoreCue(kind: PageKind, cue: ClassifierCue, hits: LexiconHits, places: CuePlaces): CueScore | null {
  const where = cue.in ?? 'text';
  if (where === 'text' || where === 'quotes') {
    const quotes = where === 'quotes';
    const found = distinctMatches(hits, cue.lexicon, (block) => places.quoted(block) === quotes);
    const count = Math.min(found.length, cue.max ?? 1);
    return count ? { kind, lexicon: cue.lexicon, in: where, count, score: count * cue.weight, found: found.slice(0, 3) } : null;
  }
  return places[where].has(cue.lexicon)
    ? { kind, lexicon: cue.lexicon, in: where, count: 1, score: cue.weight, found: [] }
    : null;
}

export function classify(
  snapshot: PageSnapshot,
  hits: LexiconHits,
  specs: readonly ClassifierSpec[],
  lexiconsIn: (text: string) => ReadonlySet<string>,
  /** Read beforehand by a sliced scan, one pause between each whole-document read. */
  places: CuePlaces = placesOf(snapshot, lexiconsIn),
): Classification {
  const scores: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  const cues: CueScore[] = [];
  let best: { kind: PageKind; margin: number } | null = null;
  let vetoed = false;
  specs.forEach((spec, i) => {
    const { threshold, cues: specCues } = weightedSpec(spec);
    let score = 0;
    for (const cue of specCues) {
      const scored = scoreCue(spec.kind, cue, hits, places);
      if (!scored) continue;
      score += scored.score;
      cues.push(scored);
    }
    if (spec.kind === 'other') {
      // News structure (og:type=article, NewsArticle, <article> with <time>) is one more reporting cue.
      if (snapshot.articleMarkup) score += 1;
      const key = `other:${spec.signals ?? specCues[0]?.lexicon ?? i}`;
      scores[key] = score;
      thresholds[key] = threshold;
      if (score >= threshold) vetoed = true;
      return;
    }
    scores[spec.kind] = Math.max(scores[spec.kind] ?? 0, score);
    thresholds[spec.kind] = threshold;
    const margin = score / threshold;
    if (score >= threshold && (!best || margin > best.margin)) best = { kind: spec.kind, margin };
  });
  const winner = best as { kind: PageKind } | null;
  return { kind: vetoed || !winner ? 'other' : winner.kind, scores, thresholds, cues };
}
