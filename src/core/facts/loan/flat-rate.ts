// A rate charged flat on the original principal (等本等息, 按借款本金计息): "综合年化 20%（单利）"
// then costs about 35% a year by the IRR method, because interest is paid each month on money
// already repaid. The wording that says so is pack data (params.lexicon).
import { hitEvidence } from '../evidence-snippet';
import type { FactResult } from '../../shared/types';
import type { FactFamily } from '../fact-context';
import { aprByIrr, levelPayments } from './apr-irr';

/** A one-year loan repaid monthly: the common case, and the one the PBOC examples use. */
const PERIODS = 12;

/** The APR by IRR of a loan charged `statedPercent` a year flat on its original principal. */
export function flatRateApr(statedPercent: number, periods = PERIODS): number {
  const principal = 100;
  const instalment = principal / periods + (principal * statedPercent) / 100 / 12;
  const apr = aprByIrr({ principal, payments: levelPayments(instalment, periods), periodsPerYear: 12 });
  return apr ? Math.round(apr.simple * 10000) / 100 : -1;
}

export const flatRateFacts: FactFamily = {
  /**
   * The real APR (IRR, percent) of the page's highest stated annual rate when the page says it
   * is charged on the original principal (params.lexicon hits); -1 when it does not.
   */
  flatRateApr(ctx, params): FactResult<number> {
    const lexicon = typeof params.lexicon === 'string' ? params.lexicon : undefined;
    const hits = lexicon ? ctx.hits.get(lexicon) : undefined;
    if (!hits?.length) return { value: -1, evidence: [] };
    const stated = ctx.get<number>('maxStatedApr');
    if (!(stated.value > 0)) return { value: -1, evidence: [] };
    return {
      value: flatRateApr(stated.value),
      evidence: [...stated.evidence, hitEvidence(ctx.snapshot, hits.at(0), 'flatRateApr')],
    };
  },
};
