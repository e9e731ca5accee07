// Interest-rate statements in one piece of text: 日息低至0.02%, 月费率0.8%, 万分之五,
// 年化利率（单利）7.2%-24%, 近似折算年化利率13.02%, 每万元日息2元. Pure string functions.

export type RatePeriod = 'daily' | 'monthly' | 'annual';

export interface ParsedRate {
  period: RatePeriod;
  /** Percent per period; a range gives both ends. */
  values: number[];
  /** The label as written (日息, 年化利率（单利）…), or the whole phrase for 万分之X. */
  label: string;
  /** Offsets in the parsed text: label start to value end. */
  start: number;
  end: number;
  /** 低至 / 最低 / 起: a floor claim. Still a claim of that rate. */
  floor: boolean;
}

// Longest alternatives first: the regex takes the first that matches at a position.
const LABELS: ReadonlyArray<[RatePeriod, string]> = [
  ['annual', '近似折算年化利率|年化综合(?:资金|融资)?成本|综合年化(?:成本|利率|费率)?|年化(?:综合)?(?:利率|费率)?|年利率|年费率|年息|APR'],
  ['daily', '日(?:综合)?(?:利率|费率|利息|息)|每日利息|每天利息'],
  ['monthly', '月(?:综合)?(?:利率|费率|利息|息|管理费率|手续费率)|每期(?:手续)?费率|每月手续费率'],
];
const LABEL_RE = new RegExp(LABELS.map(([, s]) => `(${s})`).join('|'), 'gu');
const SIMPLE_OR_COMPOUND = /^\s*[（(](?:单利|复利)[）)]/u;

/** Words just before a label that make it something other than the loan's price. */
const NOT_A_PRICE_BEFORE = /(?:逾期|罚息|违约|滞纳|存款|理财|收益|投资)[^，,。；;]{0,4}$/u;
/** Words just after a label that make it a yield, not a cost (年化收益率). */
const NOT_A_PRICE_AFTER = /^\s*(?:收益|回报)/u;

const CN_SMALL: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 五 → 5, 十二 → 12, 二点五 → 2.5; digits pass through. */
function smallNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const [intPart = '', frac] = s.split('点');
  let n = 0;
  if (intPart.includes('十')) {
    const [tens = '', ones = ''] = intPart.split('十');
    n = (tens ? CN_SMALL[tens] ?? NaN : 1) * 10 + (ones ? CN_SMALL[ones] ?? NaN : 0);
  } else if (intPart) n = CN_SMALL[intPart] ?? NaN;
  if (frac) n += Number(`0.${[...frac].map((c) => CN_SMALL[c] ?? NaN).join('')}`);
  return Number.isFinite(n) ? n : null;
}

const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十点]{1,5})';
// One value: a percentage (with an optional bare lower end of a range), 万分之X, 千分之X, or the
// spoken forms: 万五 (万分之五), 2分 / 1分5 / 5厘 (per cent and per mille of the period: 月息2分
// is 2% a month; for a year, 年息1分 is 10%).
const VALUE_RE = new RegExp(
  `(?:(\\d+(?:\\.\\d+)?)\\s*%?\\s*[-–—~～至到]\\s*)?(\\d+(?:\\.\\d+)?)\\s*[%％]|万分之\\s*${NUM}|千分之\\s*${NUM}` +
    `|万(?!分)\\s*([一二三四五六七八九]|\\d)|(\\d{1,2}|[一二两三四五六七八九])\\s*(分|厘)(?![钟期之])(\\d|[一二三四五六七八九])?`,
  'u',
);
/** Percent of the period that one 分 stands for: 1% a day or a month, 10% a year. */
const FEN_PERCENT: Record<RatePeriod, number> = { daily: 1, monthly: 1, annual: 10 };
const CONTINUATION_RE = /^\s*(?:[-–—~～至到]|[，,、]?\s*最高(?:为|可达|不超过)?)\s*/u;
const FLOOR_RE = /低至|最低|仅|起|只需/u;
/** Before the value: what may stand between a label and its number (：, 低至, 仅为 …). */
const GAP_MAX = 12;
const VALUE_WINDOW = 64;
/** A block stating more rates than this is a table dump or an attack; the first ones suffice. */
const MAX_RATES = 50;
const GAP_FORBIDDEN = /[\d。；;！!？?\n]/u;

interface ValueMatch {
  values: number[];
  start: number;
  end: number;
}

/** The first rate value in `text` starting within GAP_MAX characters. */
export function readValue(text: string, maxGap = GAP_MAX, period?: RatePeriod): ValueMatch | null {
  const m = VALUE_RE.exec(text);
  if (!m || m.index > maxGap || GAP_FORBIDDEN.test(text.slice(0, m.index))) return null;
  let values: number[];
  if (m[2] !== undefined) values = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[2])];
  else if (m[3] !== undefined) values = [(smallNumber(m[3]) ?? NaN) / 100];
  else if (m[4] !== undefined) values = [(smallNumber(m[4]) ?? NaN) / 10];
  else if (m[5] !== undefined) values = [(smallNumber(m[5]) ?? NaN) / 100];
  else {
    // Spoken 分/厘 only after a rate label, whose period says what one 分 is worth.
    if (!period) return null;
    const whole = smallNumber(m[6] ?? '') ?? NaN;
    const tenth = m[8] !== undefined ? (smallNumber(m[8]) ?? NaN) / 10 : 0;
    values = [(whole + tenth) * FEN_PERCENT[period] * (m[7] === '厘' ? 0.1 : 1)];
  }
  if (values.some((v) => !Number.isFinite(v))) return null;
  let end = m.index + m[0].length;
  // "7.2%，最高24%" / "0.02%~0.05%": one more value joined by a range word.
  const rest = text.slice(end);
  const cont = CONTINUATION_RE.exec(rest);
  if (cont) {
    const next = VALUE_RE.exec(rest.slice(cont[0].length));
    if (next && next.index === 0 && next[2] !== undefined) {
      values = [...values, Number(next[2])];
      end += cont[0].length + next[0].length;
    }
  }
  return { values, start: m.index, end };
}

/** Labels without a value, so a caller may look for the value in the next block. */
export interface DanglingLabel {
  period: RatePeriod;
  label: string;
  start: number;
  end: number;
}

export function parseRates(text: string): { rates: ParsedRate[]; dangling: DanglingLabel[] } {
  const rates: ParsedRate[] = [];
  const dangling: DanglingLabel[] = [];
  const covered: Array<[number, number]> = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m && rates.length < MAX_RATES; m = LABEL_RE.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const period = LABELS[group]?.[0];
    if (!period) continue;
    let labelEnd = m.index + m[0].length;
    const suffix = SIMPLE_OR_COMPOUND.exec(text.slice(labelEnd, labelEnd + 8));
    if (suffix) labelEnd += suffix[0].length;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    // The value sits within a few characters of its label: never scan the rest of a long block.
    const after = text.slice(labelEnd, labelEnd + VALUE_WINDOW);
    if (NOT_A_PRICE_BEFORE.test(before) || NOT_A_PRICE_AFTER.test(after)) continue;
    const label = text.slice(m.index, labelEnd);
    const value = readValue(after, GAP_MAX, period);
    if (!value) {
      dangling.push({ period, label, start: m.index, end: labelEnd });
      continue;
    }
    const gap = after.slice(0, value.start);
    rates.push({
      period,
      values: value.values,
      label,
      start: m.index,
      end: labelEnd + value.end,
      floor: FLOOR_RE.test(gap) || /^\s*起/u.test(after.slice(value.end)),
    });
    covered.push([labelEnd + value.start, labelEnd + value.end]);
    LABEL_RE.lastIndex = labelEnd + value.end;
  }
  rates.push(...unlabelled(text, covered));
  return { rates: rates.sort((a, b) => a.start - b.start), dangling };
}

const PER_BASE_RE = /(?:每|借)?(10000|1000|一万|一千|1万|万|千)元?(?:每天|每日|一天|日)(?:利息|息)?(?:低至|仅需|只需|仅|只要|最低)?\s*(\d+(?:\.\d+)?)\s*(?:元|块)/gu;
const BASES: Record<string, number> = { '10000': 1e4, '1000': 1e3, 一万: 1e4, 一千: 1e3, '1万': 1e4, 万: 1e4, 千: 1e3 };
const BARE_TEN_THOUSANDTH_RE = new RegExp(`万分之\\s*${NUM}`, 'gu');

/** 万分之五 with no label (read as daily, as these pages mean it) and 每万元日息2元. */
function unlabelled(text: string, covered: ReadonlyArray<[number, number]>): ParsedRate[] {
  const out: ParsedRate[] = [];
  const inside = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  BARE_TEN_THOUSANDTH_RE.lastIndex = 0;
  for (let m = BARE_TEN_THOUSANDTH_RE.exec(text); m && out.length < MAX_RATES; m = BARE_TEN_THOUSANDTH_RE.exec(text)) {
    if (inside(m.index) || NOT_A_PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const n = smallNumber(m[1] ?? '');
    if (n === null) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    out.push({ period: 'daily', values: [n / 100], label: m[0], start: m.index, end: m.index + m[0].length, floor: FLOOR_RE.test(before) });
  }
  PER_BASE_RE.lastIndex = 0;
  for (let m = PER_BASE_RE.exec(text); m && out.length < MAX_RATES; m = PER_BASE_RE.exec(text)) {
    if (inside(m.index) || NOT_A_PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const base = BASES[m[1] ?? ''];
    const yuan = Number(m[2]);
    if (!base || !Number.isFinite(yuan)) continue;
    out.push({ period: 'daily', values: [(yuan / base) * 100], label: m[0], start: m.index, end: m.index + m[0].length, floor: FLOOR_RE.test(m[0]) });
  }
  return out;
}

/** Simple annualisation, as PBOC's announcement reads a daily or monthly rate. */
export function annualise(period: RatePeriod, percent: number): number {
  if (period === 'daily') return percent * 365;
  if (period === 'monthly') return percent * 12;
  return percent;
}
