// incomeClaims: income promises with a figure that can be read (月入8000, 两个月赚11.8万),
// so a rule can require a figure, or a large one, rather than the bare word 收入.
import { hitBlocks } from '../../match/hit-list';
import { hitEvidence } from '../evidence-snippet';
import type { FactFamily, FactParams } from '../fact-context';
import { parseIncomeClaim } from './income-claim';
import type { Evidence } from '../../shared/types';

const DEFAULT_LEXICON = 'training.incomeFigure';

function numberParam(params: FactParams, key: string, fallback: number): number {
  const v = params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export const incomeFacts: FactFamily = {
  /**
   * Hits of params.lexicon (default training.incomeFigure) whose text parses as an amount over
   * a period, and whose amount scaled to a month is at least params.minMonthly yuan (default 0).
   * params.exclude drops claims in blocks where that lexicon hits (本课程不承诺月入过万).
   * Value: how many. Evidence: the block of each claim (one per block).
   */
  incomeClaims(ctx, params) {
    const lexicon = typeof params.lexicon === 'string' ? params.lexicon : DEFAULT_LEXICON;
    const minMonthly = numberParam(params, 'minMonthly', 0);
    const exclude = typeof params.exclude === 'string' ? params.exclude : '';
    const excludedBlocks = exclude ? hitBlocks(ctx.hits.get(exclude)) : null;
    let count = 0;
    const evidence: Evidence[] = [];
    const blocks = new Set<number>();
    const hits = ctx.hits.get(lexicon);
    for (let i = 0; hits && i < hits.length; i++) {
      if (excludedBlocks?.has(hits.block(i))) continue;
      const hit = hits.at(i);
      const claim = parseIncomeClaim(hit.match, ctx.grammar);
      if (!claim || claim.monthly < minMonthly) continue;
      count++;
      if (!blocks.has(hit.block) && evidence.length < 5) {
        blocks.add(hit.block);
        evidence.push(hitEvidence(ctx.snapshot, hit, 'incomeClaims'));
      }
    }
    return { value: count, evidence };
  },
};
