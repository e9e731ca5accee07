// Loan terms in a short piece of text ("借10000到账9200", "借5000分12期每期还500",
// "放款时扣除服务费800元", a calculator table read as "借款金额\n10,000元\n期限\n12个月…").
// Pure string functions; the fact family decides which text to give them.
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { amountGrammar, parseAmount } from './parse-amount';

export interface LoanTerms {
  borrowed?: number;
  /** Offset of the borrowed-amount phrase in the parsed text. */
  borrowedAt?: number;
  received?: number;
  periods?: number;
  periodsPerYear?: number;
  /** Term in days, for one repayment at the end (借1000元7天还1050元). */
  termDays?: number;
  instalment?: number;
  total?: number;
  /** Fees said to be deducted from the principal or paid at disbursement. */
  upfrontFees: number;
  /** Offset just past the last term read: how far into the text the example reaches. */
  lastAt: number;
}

interface TermsGrammar {
  readonly borrowed: RegExp;
  readonly ceilingBefore: RegExp;
  readonly received: RegExp;
  readonly instalment: RegExp;
  readonly weeklyUnit: RegExp;
  readonly weekly: RegExp;
  readonly total: RegExp;
  readonly daysThenTotal: RegExp;
  readonly periods: RegExp;
  readonly term: RegExp;
  readonly unitDays: ReadonlyMap<string, number>;
  readonly months: RegExp;
  readonly days: RegExp;
  readonly upfront: RegExp;
  readonly feeThenDeducted: RegExp;
}

/** Words of one length in days, as an alternation. */
const unitsOf = (unitDays: ReadonlyMap<string, number>, days: number) =>
  [...unitDays]
    .filter(([, d]) => d === days)
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|') || '(?!)';

function buildTermsGrammar(g: GrammarReader): TermsGrammar {
  // A bare number counts as money only right after a money label, and only when no other unit
  // (期, 个月, %, 天 …) follows it.
  const bare = `\\d[\\d,，]*(?:\\.\\d+)?(?![\\d.,，]|\\s*${g.source('loan.term.notMoneyAfter')})`;
  const money = `(${amountGrammar(g.grammar).source}|${bare})`;
  const lead = `\\s*[:：]?\\s*${g.source('loan.term.lead')}?\\s*`;
  const unitDays = g.values('loan.term.unitDays');
  const day = unitsOf(unitDays, 1);
  return {
    borrowed: new RegExp(`${g.source('loan.term.borrowed')}${lead}${money}`, 'gu'),
    ceilingBefore: new RegExp(`${g.source('loan.term.ceiling')}\\s*$`, 'u'),
    received: new RegExp(`${g.source('loan.term.received')}${lead}${money}`, 'u'),
    instalment: new RegExp(`(${g.source('loan.term.instalment')})${lead}${money}`, 'u'),
    weeklyUnit: new RegExp(unitsOf(unitDays, 7), 'u'),
    weekly: new RegExp(g.source('loan.term.weekly'), 'u'),
    total: new RegExp(`${g.source('loan.term.total')}${lead}${money}`, 'u'),
    daysThenTotal: new RegExp(`(\\d{1,3})\\s*(?:${day})${g.source('loan.term.repayAfterDays')}${lead}${money}`, 'u'),
    periods: new RegExp(
      `${g.source('loan.term.periodsBefore')}(\\d{1,3})\\s*${g.source('loan.term.period')}|(\\d{1,3})\\s*${g.source('loan.term.period')}${g.source('loan.term.periodsAfter')}`,
      'u',
    ),
    term: new RegExp(`${g.source('loan.term.termLabel')}\\s*[:：]?\\s*(\\d{1,3})\\s*(${g.source('loan.term.unitDays')})`, 'u'),
    unitDays,
    months: new RegExp(
      `(\\d{1,3})\\s*(?:${
        [...unitDays]
          .filter(([w, d]) => d === 30 && [...w].length > 1)
          .map(([w]) => w)
          .join('|') || '(?!)'
      })`,
      'u',
    ),
    days: new RegExp(`(\\d{1,3})\\s*(?:${day})(?!${g.source('loan.term.notDayAfter')})`, 'u'),
    // Only deductions at disbursement count: "每月从银行卡扣除还款500元" is a repayment, not 砍头息.
    upfront: new RegExp(`${g.source('loan.term.deductedAtDisbursement')}[^。；;\\n\\d]{0,10}?${money}`, 'u'),
    feeThenDeducted: new RegExp(
      `[\\u4e00-\\u9fa5]{1,5}${g.source('loan.term.feeName')}${lead}${money}[^。；;\\n\\d]{0,4}?${g.source('loan.term.deductedFromLoan')}`,
      'u',
    ),
  };
}

const termsGrammar = (grammar: Grammar): TermsGrammar => compiledGrammar(grammar, buildTermsGrammar);

function money(raw: string | undefined, grammar: Grammar): number | undefined {
  if (!raw) return undefined;
  const v = parseAmount(raw, grammar);
  return v !== null && v > 0 ? v : undefined;
}

/** Offsets of example borrowed amounts in `text` (ceilings such as 最高可借20万 left out). */
export function borrowedPhrases(text: string, grammar: Grammar): Array<{ at: number; amount: number; end: number }> {
  const out: Array<{ at: number; amount: number; end: number }> = [];
  const { borrowed, ceilingBefore } = termsGrammar(grammar);
  borrowed.lastIndex = 0;
  for (let m = borrowed.exec(text); m; m = borrowed.exec(text)) {
    const amount = money(m[1], grammar);
    if (amount !== undefined && !ceilingBefore.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      out.push({ at: m.index, amount, end: m.index + m[0].length });
    }
  }
  return out;
}

/** The terms of the first example loan in `text`. */
export function parseTerms(text: string, grammar: Grammar): LoanTerms {
  const g = termsGrammar(grammar);
  const terms: LoanTerms = { upfrontFees: 0, lastAt: 0 };
  const seen = (m: RegExpExecArray | null) => {
    if (m) terms.lastAt = Math.max(terms.lastAt, m.index + m[0].length);
    return m;
  };
  const first = borrowedPhrases(text, grammar)[0];
  if (first) {
    terms.borrowed = first.amount;
    terms.borrowedAt = first.at;
    terms.lastAt = first.end;
  }
  const received = seen(g.received.exec(text));
  terms.received = money(received?.[1], grammar);

  const instalment = seen(g.instalment.exec(text));
  terms.instalment = money(instalment?.[2], grammar);
  const weekly = g.weeklyUnit.test(instalment?.[1] ?? '') || g.weekly.test(text);

  const periods = seen(g.periods.exec(text));
  const term = seen(g.term.exec(text));
  if (periods) {
    terms.periods = Number(periods[1] ?? periods[2]);
    terms.periodsPerYear = weekly ? 52 : 12;
  } else if (term) {
    const n = Number(term[1]);
    const unitDays = g.unitDays.get(term[2] ?? '');
    if (unitDays === 1) terms.termDays = n;
    else if (unitDays === 7) Object.assign(terms, { periods: n, periodsPerYear: 52 });
    else if (unitDays === 365) Object.assign(terms, { periods: n * 12, periodsPerYear: 12 });
    else Object.assign(terms, { periods: n, periodsPerYear: 12 });
  } else {
    const months = seen(g.months.exec(text));
    if (months) Object.assign(terms, { periods: Number(months[1]), periodsPerYear: 12 });
  }

  const total = seen(g.total.exec(text));
  terms.total = money(total?.[1], grammar);
  const daysThenTotal = seen(g.daysThenTotal.exec(text));
  if (daysThenTotal) {
    terms.termDays ??= Number(daysThenTotal[1]);
    terms.total ??= money(daysThenTotal[2], grammar);
  }
  if (terms.termDays === undefined && terms.periods === undefined) {
    const days = g.days.exec(text);
    if (days && terms.total !== undefined) terms.termDays = Number(days[1]);
  }

  const upfront = seen(g.upfront.exec(text)) ?? seen(g.feeThenDeducted.exec(text));
  terms.upfrontFees = money(upfront?.[1], grammar) ?? 0;
  return terms;
}
