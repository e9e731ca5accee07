// lexiconNearby: a phrase counts only when another kind of phrase stands in the same block or a
// few blocks away. Sales pages put "退休阿姨" in one line and "月入过万" in the next; the generic
// `lexicon` fact's `near` only sees one block.
import { hitBlocks } from '../../match/hit-list';
import { hitEvidence } from '../evidence-snippet';
import type { FactFamily } from '../fact-context';
import type { Evidence } from '../../shared/types';

const DEFAULT_WINDOW = 2;
const MAX_WINDOW = 10;

export const nearbyFacts: FactFamily = {
  /**
   * Hits of params.lexicon in blocks at most params.window blocks (default 2, same block = 0)
   * from a hit of lexicon params.near. (Several "near" lexicons: one condition each, under `any`.)
   * params.exclude drops hits in blocks where that lexicon hits (a dated timestamp, not a countdown).
   * Value: how many. Evidence: the blocks of params.lexicon's hits only.
   */
  lexiconNearby(ctx, params) {
    const lexicon = typeof params.lexicon === 'string' ? params.lexicon : '';
    const near = typeof params.near === 'string' ? params.near : '';
    const rawWindow = typeof params.window === 'number' ? params.window : DEFAULT_WINDOW;
    const window = Math.max(0, Math.min(MAX_WINDOW, Math.floor(rawWindow)));
    const nearBlocks = [...hitBlocks(ctx.hits.get(near))].sort((a, b) => a - b);
    if (!lexicon || !nearBlocks.length) return { value: 0, evidence: [] };
    const isNear = (block: number) => {
      // Binary search for the first near-block ≥ block - window.
      let lo = 0;
      let hi = nearBlocks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nearBlocks[mid]! < block - window) lo = mid + 1;
        else hi = mid;
      }
      return lo < nearBlocks.length && nearBlocks[lo]! <= block + window;
    };
    const exclude = typeof params.exclude === 'string' ? params.exclude : '';
    const excludedBlocks = exclude ? hitBlocks(ctx.hits.get(exclude)) : null;
    const hits = ctx.hits.get(lexicon);
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    let found = 0;
    for (let i = 0; hits && i < hits.length; i++) {
      const block = hits.block(i);
      if (excludedBlocks?.has(block) || !isNear(block)) continue;
      found++;
      if (seen.has(block) || evidence.length >= 5) continue;
      seen.add(block);
      evidence.push(hitEvidence(ctx.snapshot, hits.at(i), `lexiconNearby:${lexicon}`));
    }
    return { value: found, evidence };
  },
};
