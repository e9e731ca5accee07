// Page kind from the packs' classifier signals. A kind needs enough DISTINCT signal phrases;
// pages that report on lures (news, regulators' alerts, anti-fraud lessons) are vetoed to
// `other` by the reporting signals, so domain rules never fire on a story that quotes 砍头息.
import type { LexiconHits } from './lexicon-matcher';
import type { PageSnapshot } from './snapshot';
import type { PageKind } from './types';

export interface ClassifierSpec {
  kind: PageKind;
  signals: string;
  minDistinct: number;
}

export interface Classification {
  kind: PageKind;
  scores: Record<string, number>;
}

function distinct(hits: LexiconHits, lexicon: string): number {
  const list = hits.get(lexicon);
  const matches = new Set<string>();
  if (list) for (let i = 0; i < list.length; i++) matches.add(list.match(i));
  return matches.size;
}

export function classify(snapshot: PageSnapshot, hits: LexiconHits, specs: readonly ClassifierSpec[]): Classification {
  const scores: Record<string, number> = {};
  let best: { kind: PageKind; margin: number; score: number } | null = null;
  let vetoed = false;
  for (const spec of specs) {
    let score = distinct(hits, spec.signals);
    if (spec.kind === 'other') {
      // News structure counts as one more reporting signal.
      if (snapshot.articleMarkup) score += 1;
      scores[`other:${spec.signals}`] = score;
      if (score >= spec.minDistinct) vetoed = true;
      continue;
    }
    scores[spec.kind] = Math.max(scores[spec.kind] ?? 0, score);
    const margin = score / spec.minDistinct;
    if (score >= spec.minDistinct && (!best || margin > best.margin)) best = { kind: spec.kind, margin, score };
  }
  return { kind: vetoed || !best ? 'other' : best.kind, scores };
}
