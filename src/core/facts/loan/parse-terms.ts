// Loan terms in a short piece of text ("借10000到账9200", "借5000分12期每期还500",
// "放款时扣除服务费800元", a calculator table read as "借款金额\n10,000元\n期限\n12个月…").
// Pure string functions; the fact family decides which text to give them.
import { AMOUNT_SOURCE, parseAmount } from './parse-amount';

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

// A bare number counts as money only right after a money label, and only when no other unit
// (期, 个月, %, 天 …) follows it.
const BARE = '\\d[\\d,，]*(?:\\.\\d+)?(?![\\d.,，]|\\s*(?:期|个|月|天|日|年|周|%|％|倍|次|分钟|小时|秒|人|笔|万|千|w|W))';
const MONEY = `(${AMOUNT_SOURCE}|${BARE})`;
const LEAD = '\\s*[:：]?\\s*(?:为|约|仅为|仅|只需|仅需|只要|高达|低至|最低)?\\s*';

const BORROWED = new RegExp(`(?:借款金额|贷款金额|申请金额|借款本金|合同金额|借款额|借款|贷款|借了|借)${LEAD}${MONEY}`, 'gu');
/** "最高可借20万" is a ceiling, not an example loan. */
const CEILING_BEFORE = /(?:最高|最多|可|额度|至多|高达)\s*$/u;
const RECEIVED = new RegExp(`(?:实际到账金额|实际到账|实际放款金额|实际放款|到账金额|放款金额|实际到手|实际拿到|实际收到|到手|到账|实收)${LEAD}${MONEY}`, 'u');
const INSTALMENT = new RegExp(`(每周还款?|每期应还(?:款)?(?:金额)?|每期(?:只需|只要|只|仅需|仅)?还款?(?:金额)?|月供|每月应还(?:款)?(?:金额)?|每月(?:只需|只要|只|仅需|仅)?还款?(?:金额)?|月还款(?:额)?)${LEAD}${MONEY}`, 'u');
const TOTAL = new RegExp(`(?:总还款(?:额|金额)?|应还总额|还款总额|共需还款?|合计还款|到期应还|到期还款?|共还|总共还|一共还|总计还款)${LEAD}${MONEY}`, 'u');
const DAYS_THEN_TOTAL = new RegExp(`(\\d{1,3})\\s*(?:天|日)(?:后|到期)?(?:需)?还(?:款)?${LEAD}${MONEY}`, 'u');
const PERIODS = /(?:分|共|期数[:：]?\s*)(\d{1,3})\s*期|(\d{1,3})\s*期(?:还款|还清|分期)/u;
const TERM = /(?:期限|借款期限|贷款期限|借款周期)\s*[:：]?\s*(\d{1,3})\s*(个月|月|天|日|周|年|期)/u;
const MONTHS = /(\d{1,3})\s*个月/u;
const DAYS = /(\d{1,3})\s*(?:天|日)(?!息|利)/u;
// Only deductions at disbursement count: "每月从银行卡扣除还款500元" is a repayment, not 砍头息.
const AT_DISBURSEMENT = '(?:放款时|放款前|下款时|下款前|到账前|放款当日|提前|预先|先行|先|从借款中|从本金中|从放款金额中|从贷款中|从借款金额中)(?:直接)?(?:扣除|扣取|扣掉|扣|收取)|预扣|先扣';
const UPFRONT = new RegExp(`(?:${AT_DISBURSEMENT})[^。；;\\n\\d]{0,10}?${MONEY}`, 'u');
const FEE_THEN_DEDUCTED = new RegExp(
  `[\\u4e00-\\u9fa5]{1,5}费${LEAD}${MONEY}[^。；;\\n\\d]{0,4}?(?:将|会)?(?:在放款时|放款时|于放款时|从借款中|从本金中|从放款金额中|从借款金额中|从贷款中)(?:直接|一次性)?(?:扣除|扣取|扣)`,
  'u',
);

function money(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const v = parseAmount(raw);
  return v !== null && v > 0 ? v : undefined;
}

/** Offsets of example borrowed amounts in `text` (ceilings such as 最高可借20万 left out). */
export function borrowedPhrases(text: string): Array<{ at: number; amount: number; end: number }> {
  const out: Array<{ at: number; amount: number; end: number }> = [];
  BORROWED.lastIndex = 0;
  for (let m = BORROWED.exec(text); m; m = BORROWED.exec(text)) {
    const amount = money(m[1]);
    if (amount !== undefined && !CEILING_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      out.push({ at: m.index, amount, end: m.index + m[0].length });
    }
  }
  return out;
}

/** The terms of the first example loan in `text`. */
export function parseTerms(text: string): LoanTerms {
  const terms: LoanTerms = { upfrontFees: 0, lastAt: 0 };
  const seen = (m: RegExpExecArray | null) => {
    if (m) terms.lastAt = Math.max(terms.lastAt, m.index + m[0].length);
    return m;
  };
  const first = borrowedPhrases(text)[0];
  if (first) {
    terms.borrowed = first.amount;
    terms.borrowedAt = first.at;
    terms.lastAt = first.end;
  }
  const received = seen(RECEIVED.exec(text));
  terms.received = money(received?.[1]);

  const instalment = seen(INSTALMENT.exec(text));
  terms.instalment = money(instalment?.[2]);
  const weekly = /周/.test(instalment?.[1] ?? '') || /每周|按周/.test(text);

  const periods = seen(PERIODS.exec(text));
  const term = seen(TERM.exec(text));
  if (periods) {
    terms.periods = Number(periods[1] ?? periods[2]);
    terms.periodsPerYear = weekly ? 52 : 12;
  } else if (term) {
    const n = Number(term[1]);
    const unit = term[2];
    if (unit === '天' || unit === '日') terms.termDays = n;
    else if (unit === '周') Object.assign(terms, { periods: n, periodsPerYear: 52 });
    else if (unit === '年') Object.assign(terms, { periods: n * 12, periodsPerYear: 12 });
    else Object.assign(terms, { periods: n, periodsPerYear: 12 });
  } else {
    const months = seen(MONTHS.exec(text));
    if (months) Object.assign(terms, { periods: Number(months[1]), periodsPerYear: 12 });
  }

  const total = seen(TOTAL.exec(text));
  terms.total = money(total?.[1]);
  const daysThenTotal = seen(DAYS_THEN_TOTAL.exec(text));
  if (daysThenTotal) {
    terms.termDays ??= Number(daysThenTotal[1]);
    terms.total ??= money(daysThenTotal[2]);
  }
  if (terms.termDays === undefined && terms.periods === undefined) {
    const days = DAYS.exec(text);
    if (days && terms.total !== undefined) terms.termDays = Number(days[1]);
  }

  const upfront = seen(UPFRONT.exec(text)) ?? seen(FEE_THEN_DEDUCTED.exec(text));
  terms.upfrontFees = money(upfront?.[1]) ?? 0;
  return terms;
}
