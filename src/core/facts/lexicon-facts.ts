// Generic phrase facts over the combined matcher's hits. Most lure rules need nothing else:
// a rule author adds phrases to a lexicon in JSON and refers to it here by name.
import { hitEvidence } from './evidence-snippet';
import type { FactFamily, FactParams } from './fact-context';
import type { LexiconHit } from '../lexicon-matcher';

function str(params: FactParams, key: string): string | undefined {
  const v = params[key];
  return typeof v === 'string' ? v : undefined;
}

/** Hits of params.lexicon, minus those in blocks that also hit params.exclude. */
export function selectHits(hits: ReadonlyMap<string, readonly LexiconHit[]>, params: FactParams): LexiconHit[] {
  const name = str(params, 'lexicon');
  if (!name) return [];
  const own = hits.get(name) ?? [];
  const exclude = str(params, 'exclude');
  if (!exclude) return [...own];
  const excludedBlocks = new Set((hits.get(exclude) ?? []).map((h) => h.block));
  return own.filter((h) => !excludedBlocks.has(h.block));
}

export const lexiconFacts: FactFamily = {
  /**
   * Number of hits of params.lexicon on the page (params.distinct: count distinct phrases).
   * params.exclude drops hits in blocks where another lexicon also hits.
   * params.near: only hits in blocks that also hit that lexicon.
   */
  lexicon(ctx, params) {
    let hits = selectHits(ctx.hits, params);
    const near = str(params, 'near');
    if (near) {
      const nearBlocks = new Set((ctx.hits.get(near) ?? []).map((h) => h.block));
      hits = hits.filter((h) => nearBlocks.has(h.block));
    }
    const value = params.distinct ? new Set(hits.map((h) => h.match)).size : hits.length;
    const fact = `lexicon:${str(params, 'lexicon')}`;
    const seenBlocks = new Set<number>();
    const evidence = hits
      .filter((h) => !seenBlocks.has(h.block) && seenBlocks.add(h.block))
      .slice(0, 5)
      .map((h) => hitEvidence(ctx.snapshot, h, fact));
    return { value, evidence };
  },
};
