// Rate facts: which rates the page states (daily, monthly, annualised), the highest of them,
// and whether a periodic rate is printed more prominently than the APR.
import type { FactContext, FactFamily } from '../fact-context';
import type { PageSnapshot } from '../../read/snapshot';
import type { Evidence } from '../../shared/types';
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { annualise, parseRates, readValue, type RatePeriod } from './parse-rates';
import { headerRowPairs } from '../table-columns';
import { printSize } from './print-size';
import { GAP_MARK, markedBlockText } from '../evidence-snippet';

export interface RateStatement {
  period: RatePeriod;
  values: number[];
  floor: boolean;
  label: string;
  /** Block holding the value (the label may sit in the block before it). */
  block: number;
  text: string;
}

/** A label block with no number, followed by its value: <td>年化利率</td><td>7.2%起</td>. */
const MAX_LABEL_BLOCK = 16;
const NEXT_BLOCK_GAP = 4;

const cache = new WeakMap<PageSnapshot, RateStatement[]>();
const buildNextBlockFloor = (g: GrammarReader) => new RegExp(g.source('loan.rate.floorNextBlock'), 'u');
const nextBlockFloor = (grammar: Grammar) => compiledGrammar(grammar, buildNextBlockFloor);

export function rateStatements(snapshot: PageSnapshot, grammar: Grammar): RateStatement[] {
  const floorInNextBlock = nextBlockFloor(grammar);
  const known = cache.get(snapshot);
  if (known) return known;
  const out: RateStatement[] = [];
  for (let i = 0; i < snapshot.blockCount; i++) {
    // A header row over a row of values reads as "label value" pairs (月利率 over 1.5%).
    const table = headerRowPairs(snapshot, i);
    const text = table ?? snapshot.blockText(i);
    const { rates, dangling } = parseRates(text, grammar);
    for (const r of rates) {
      // From a table: the header and the cell below it are two elements, so the quote marks the gap.
      const quote = table ? text.slice(r.start, r.end).replace(' ', GAP_MARK) : markedBlockText(snapshot, i, r.start, r.end);
      out.push({ period: r.period, values: r.values, floor: r.floor, label: r.label, block: i, text: quote });
    }
    if (!dangling.length || i + 1 >= snapshot.blockCount || text.length > MAX_LABEL_BLOCK || /\d/.test(text)) continue;
    const next = snapshot.blockText(i + 1);
    const label = dangling[dangling.length - 1]!;
    const value = readValue(next.slice(0, 64), grammar, NEXT_BLOCK_GAP);
    if (!value) continue;
    out.push({
      period: label.period,
      values: value.values,
      floor: floorInNextBlock.test(next.slice(0, value.end + 1)),
      label: label.label,
      block: i + 1,
      // The label sits in the block before: two pieces of page text, the gap marked.
      text: `${label.label}${GAP_MARK}${markedBlockText(snapshot, i + 1, value.start, value.end)}`,
    });
  }
  cache.set(snapshot, out);
  return out;
}

const isPeriodic = (s: RateStatement) => s.period !== 'annual';
const maxOf = (s: RateStatement) => Math.max(...s.values);
const round2 = (n: number) => Math.round(n * 100) / 100;

function evidenceOf(ctx: FactContext, statements: readonly RateStatement[], fact: string): Evidence[] {
  const seen = new Set<number>();
  return statements
    .filter((s) => !seen.has(s.block) && seen.add(s.block))
    .slice(0, 5)
    .map((s) => ({ text: s.text, element: ctx.snapshot.blockElement(s.block), fact }));
}

/** The statement with the highest value under `score`, or undefined. */
function highest(statements: readonly RateStatement[], score: (s: RateStatement) => number) {
  let best: RateStatement | undefined;
  for (const s of statements) if (!best || score(s) > score(best)) best = s;
  return best;
}

const annualised = (s: RateStatement) => annualise(s.period, maxOf(s));

export const rateFacts: FactFamily = {
  /** An annualised rate (年化利率, APR, 近似折算年化利率) is stated with a number. */
  aprShown(ctx) {
    const annual = rateStatements(ctx.snapshot, ctx.grammar).filter((s) => s.period === 'annual');
    return { value: annual.length > 0, evidence: evidenceOf(ctx, annual, 'aprShown') };
  },

  /** A daily or monthly rate (日息, 月费率, 万分之五 …) is stated with a number. */
  periodicRateShown(ctx) {
    const periodic = rateStatements(ctx.snapshot, ctx.grammar).filter(isPeriodic);
    return { value: periodic.length > 0, evidence: evidenceOf(ctx, periodic, 'periodicRateShown') };
  },

  /** Highest stated annualised rate in percent (the top of a range); 0 when none. */
  maxStatedApr(ctx) {
    const best = highest(
      rateStatements(ctx.snapshot, ctx.grammar).filter((s) => s.period === 'annual'),
      maxOf,
    );
    return best ? { value: round2(maxOf(best)), evidence: evidenceOf(ctx, [best], 'maxStatedApr') } : { value: 0, evidence: [] };
  },

  /** Highest daily or monthly rate made annual by simple multiplication (×365, ×12), in percent; 0 when none. */
  maxAnnualisedPeriodicRate(ctx) {
    const best = highest(rateStatements(ctx.snapshot, ctx.grammar).filter(isPeriodic), annualised);
    return best
      ? { value: round2(annualised(best)), evidence: evidenceOf(ctx, [best], 'maxAnnualisedPeriodicRate') }
      : { value: 0, evidence: [] };
  },

  /**
   * A daily or monthly rate is printed large (heading, big type) while every APR on the page sits
   * in small print: PBOC's "不应比年化利率更明显" turned round.
   */
  periodicRateProminent(ctx) {
    const statements = rateStatements(ctx.snapshot, ctx.grammar);
    const size = (s: RateStatement) => {
      const el = ctx.snapshot.blockElement(s.block);
      return el ? printSize(el) : 'normal';
    };
    const annual = statements.filter((s) => s.period === 'annual');
    const loud = statements.filter((s) => isPeriodic(s) && size(s) === 'large');
    const value = annual.length > 0 && loud.length > 0 && annual.every((s) => size(s) === 'small');
    return { value, evidence: value ? evidenceOf(ctx, [...loud, ...annual], 'periodicRateProminent') : [] };
  },
};
