// Facts from example loans written on the page: the APR they really cost (IRR method) and the
// gap between what is borrowed and what arrives (砍头息).
import type { FactContext, FactFamily } from '../fact-context';
import type { PageSnapshot } from '../../read/snapshot';
import type { Evidence } from '../../shared/types';
import { aprByIrr, bulletLoan, levelPayments, type AprResult } from './apr-irr';
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { borrowedPhrases, parseTerms, type LoanTerms } from './parse-terms';
import { headerRowPairs } from '../table-columns';
import { clipText, GAP_MARK, markedBlockText } from '../evidence-snippet';

const buildGate = (g: GrammarReader) => new RegExp(g.source('loan.term.gate'), 'u');
const loanGate = (grammar: Grammar) => compiledGrammar(grammar, buildGate);

export interface LoanExample {
  terms: LoanTerms;
  /** Blocks the example was read from (first = the one naming the amount borrowed). */
  blocks: number[];
  apr: AprResult | null;
}

/** An example may run over a few blocks (a calculator table); no further. */
const WINDOW_BLOCKS = 6;
const WINDOW_CHARS = 240;
/** Long blocks are read only this far: examples sit in short lines, and huge pages stay cheap. */
const MAX_BLOCK_CHARS = 2000;
const MAX_EXAMPLES_PER_BLOCK = 20;
/** Readings beyond these are misreadings, not loans. */
const MAX_REPAY_MULTIPLE = 5;
const MAX_APR_PERCENT = 2000;

const cache = new WeakMap<PageSnapshot, LoanExample[]>();

function aprOf(t: LoanTerms): AprResult | null {
  const { borrowed } = t;
  if (!borrowed) return null;
  const upfront = t.received !== undefined && t.received < borrowed ? borrowed - t.received : t.upfrontFees;
  if (upfront >= borrowed) return null;
  if (t.instalment && t.periods && t.periodsPerYear) {
    if (t.instalment * t.periods > borrowed * MAX_REPAY_MULTIPLE) return null;
    return aprByIrr({
      principal: borrowed,
      upfrontFees: upfront,
      payments: levelPayments(t.instalment, t.periods),
      periodsPerYear: t.periodsPerYear,
    });
  }
  if (t.total && t.periods && t.periodsPerYear && t.total > borrowed * 0.5) {
    if (t.total > borrowed * MAX_REPAY_MULTIPLE) return null;
    return aprByIrr({
      principal: borrowed,
      upfrontFees: upfront,
      payments: levelPayments(t.total / t.periods, t.periods),
      periodsPerYear: t.periodsPerYear,
    });
  }
  if (t.total && t.termDays && t.total <= borrowed * MAX_REPAY_MULTIPLE)
    return bulletLoan(borrowed, t.total, t.termDays, upfront);
  return null;
}

/** Every example loan on the page, each read from the block naming its amount and a few after. */
export function loanExamples(snapshot: PageSnapshot, grammar: Grammar): LoanExample[] {
  const known = cache.get(snapshot);
  if (known) return known;
  const out: LoanExample[] = [];
  const gate = loanGate(grammar);
  const count = snapshot.blockCount;
  for (let i = 0; i < count; i++) {
    // A header row over a row of values reads as "label value" pairs, as one block.
    const table = headerRowPairs(snapshot, i);
    const own = table ?? snapshot.blockText(i);
    // Cheap gate: a loan word (借, 贷) must be in the block before any parsing.
    if (!gate.test(own)) continue;
    let text = table ? `${table}\n` : '';
    const starts: number[] = table ? [0] : [];
    for (let j = i; !table && j < Math.min(count, i + WINDOW_BLOCKS) && text.length < own.length + WINDOW_CHARS; j++) {
      starts.push(text.length);
      text += `${snapshot.blockText(j).slice(0, MAX_BLOCK_CHARS)}\n`;
    }
    const phrases = borrowedPhrases(text, grammar);
    // Each example starting in this block runs until the next example starts.
    phrases.slice(0, MAX_EXAMPLES_PER_BLOCK).forEach((phrase, k) => {
      if (phrase.at >= Math.min(own.length, MAX_BLOCK_CHARS)) return;
      const end = phrases[k + 1]?.at ?? text.length;
      const terms = parseTerms(text.slice(phrase.at, end), grammar);
      const reach = phrase.at + terms.lastAt;
      let lastBlock = 0;
      starts.forEach((s, b) => {
        if (s < reach) lastBlock = b;
      });
      out.push({ terms, blocks: Array.from({ length: lastBlock + 1 }, (_, b) => i + b), apr: aprOf(terms) });
    });
  }
  cache.set(snapshot, out);
  return out;
}

function evidenceOf(ctx: FactContext, example: LoanExample, fact: string): Evidence[] {
  // One example may run over several blocks: each is its own piece of page text.
  const text = example.blocks.map((b) => markedBlockText(ctx.snapshot, b, 0, ctx.snapshot.blockText(b).length)).join(GAP_MARK);
  const clipped = clipText(text, 80);
  return [
    {
      text: clipped.length < text.length ? `${clipped.replace(/ …?$/, '')}…` : text,
      element: ctx.snapshot.blockElement(example.blocks[0]!),
      fact,
    },
  ];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The example with the highest computed APR (the one a borrower should hear about). */
function costliestExample(snapshot: PageSnapshot, grammar: Grammar): LoanExample | undefined {
  let best: LoanExample | undefined;
  for (const ex of loanExamples(snapshot, grammar)) {
    if (ex.apr && ex.apr.simple * 100 <= MAX_APR_PERCENT && (!best?.apr || ex.apr.simple > best.apr.simple)) best = ex;
  }
  return best;
}

export const loanTermFacts: FactFamily = {
  /**
   * Highest APR (simple, IRR method, percent) of the example loans on the page; -1 when no
   * example gives amount, term and repayment.
   */
  computedApr(ctx) {
    const best = costliestExample(ctx.snapshot, ctx.grammar);
    if (!best?.apr) return { value: -1, evidence: [] };
    return { value: round2(Math.max(0, best.apr.simple * 100)), evidence: evidenceOf(ctx, best, 'computedApr') };
  },

  /** The same example's compound APR ((1+r)^n − 1), percent; -1 when incomplete. */
  computedAprCompound(ctx) {
    const best = costliestExample(ctx.snapshot, ctx.grammar);
    if (!best?.apr) return { value: -1, evidence: [] };
    return { value: round2(Math.max(0, best.apr.compound * 100)), evidence: evidenceOf(ctx, best, 'computedAprCompound') };
  },

  /**
   * Yuan taken before the money arrives, in the largest example: borrowed minus received
   * ("借10000到账9200" → 800), or a fee said to be deducted at disbursement. 0 when none.
   */
  receivedBelowBorrowed(ctx) {
    let best: { gap: number; example: LoanExample } | undefined;
    for (const ex of loanExamples(ctx.snapshot, ctx.grammar)) {
      const { borrowed, received, upfrontFees } = ex.terms;
      if (!borrowed) continue;
      // Arriving with less than half is a misreading (two different amounts), not a deduction.
      const gap = received !== undefined && received < borrowed && received >= borrowed / 2 ? borrowed - received : upfrontFees;
      if (gap > 0 && gap < borrowed && (!best || gap > best.gap)) best = { gap, example: ex };
    }
    return best
      ? { value: round2(best.gap), evidence: evidenceOf(ctx, best.example, 'receivedBelowBorrowed') }
      : { value: 0, evidence: [] };
  },
};
