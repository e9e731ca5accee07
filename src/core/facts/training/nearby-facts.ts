// lexiconNearby: a phrase counts only when another kind of phrase stands in the same block or a
// few blocks away. Sales pages put "退休阿姨" in one line and "月入过万" in the next; the generic
// `lexicon` fact's `near` only sees one block.
import { hitEvidence } from '../evidence-snippet';
import type { FactFamily } from '../fact-context';
import type { Evidence } from '../../types';

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
    const nearBlocks = (ctx.hits.get(near) ?? []).map((h) => h.block).sort((a, b) => a - b);
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
    const excludedBlocks = new Set((exclude ? ctx.hits.get(exclude) ?? [] : []).map((h) => h.block));
    const found = (ctx.hits.get(lexicon) ?? []).filter((h) => !excludedBlocks.has(h.block) && isNear(h.block));
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    for (const h of found) {
      if (seen.has(h.block) || evidence.length >= 5) continue;
      seen.add(h.block);
      evidence.push(hitEvidence(ctx.snapshot, h, `lexiconNearby:${lexicon}`));
    }
    return { value: found.length, evidence };
  },
};
