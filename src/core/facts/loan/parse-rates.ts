// Interest-rate statements in one piece of text: 日息低至0.02%, 月费率0.8%, 万分之五,
// 年化利率（单利）7.2%-24%, 近似折算年化利率13.02%, 每万元日息2元. Pure string functions over the
// packs' grammar (rules/loan.json loan.rate.*, rules/common.json zh.*).
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { charsWhere, numerals, parseSpokenNumber, type Numerals } from '../numbers';

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

const PERIODS: readonly RatePeriod[] = ['annual', 'daily', 'monthly'];

interface RatesGrammar {
  readonly numerals: Numerals;
  readonly label: RegExp;
  readonly simpleOrCompound: RegExp;
  /** Words just before a label that make it something other than the loan's price. */
  readonly notAPriceBefore: RegExp;
  /** Words just after a label that make it a yield, not a cost (年化收益率). */
  readonly notAPriceAfter: RegExp;
  readonly value: RegExp;
  readonly spoken: ReadonlyMap<string, number>;
  readonly continuation: RegExp;
  readonly floor: RegExp;
  readonly from: RegExp;
  readonly perBase: RegExp;
  readonly bases: ReadonlyMap<string, number>;
  readonly bareTenThousandth: RegExp;
}

function buildRatesGrammar(g: GrammarReader): RatesGrammar {
  const n = numerals(g.grammar);
  const ones = charsWhere(n.digits, (v) => v >= 1 && v <= 9);
  const tens = charsWhere(n.smallUnits, (v) => v === 10);
  const tenThousand = charsWhere(n.bigUnits, (v) => v === 1e4);
  const num = `(\\d+(?:\\.\\d+)?|[${n.digitChars}${tens}${g.chars('zh.point')}]{1,5})`;
  const range = `(?:[-–—~～]|${g.source('zh.range')})`;
  const spoken = g.source('loan.rate.spoken');
  // One value: a percentage (with an optional bare lower end of a range), 万分之X, 千分之X, or the
  // spoken forms: 万五 (万分之五), 2分 / 1分5 / 5厘 (per cent and per mille of the period: 月息2分
  // is 2% a month; for a year, 年息1分 is 10%).
  const value =
    `(?:(\\d+(?:\\.\\d+)?)\\s*%?\\s*${range}\\s*)?(\\d+(?:\\.\\d+)?)\\s*[%％]|${g.source('loan.rate.perTenThousand')}\\s*${num}|${g.source('loan.rate.perThousand')}\\s*${num}` +
    `|[${tenThousand}](?!${spoken})\\s*([${ones}]|\\d)|(\\d{1,2}|[${ones}])\\s*(${spoken})(?!${g.source('loan.rate.notSpokenAfter')})(\\d|[${ones}])?`;
  return {
    numerals: n,
    // One group per period, in PERIODS order.
    label: new RegExp(PERIODS.map((p) => `(${g.source(`loan.rate.label.${p}`)})`).join('|'), 'gu'),
    simpleOrCompound: new RegExp(`^\\s*[（(]${g.source('loan.rate.interestType')}[）)]`, 'u'),
    notAPriceBefore: new RegExp(`${g.source('loan.rate.notPriceBefore')}[^，,。；;]{0,4}$`, 'u'),
    notAPriceAfter: new RegExp(`^\\s*${g.source('loan.rate.notPriceAfter')}`, 'u'),
    value: new RegExp(value, 'u'),
    spoken: g.values('loan.rate.spoken'),
    continuation: new RegExp(`^\\s*(?:${range}|[，,、]?\\s*${g.source('loan.rate.upTo')})\\s*`, 'u'),
    floor: new RegExp(g.source('loan.rate.floor'), 'u'),
    from: new RegExp(`^\\s*${g.source('loan.rate.from')}`, 'u'),
    perBase: new RegExp(
      `${g.source('loan.rate.perBaseBefore')}?(${g.source('loan.rate.perBase')})${g.source('zh.money.unit')}?${g.source('loan.rate.perDay')}${g.source('loan.rate.interestWord')}?${g.source('loan.rate.perBaseLead')}?\\s*(\\d+(?:\\.\\d+)?)\\s*${g.source('zh.money.unit')}`,
      'gu',
    ),
    bases: g.values('loan.rate.perBase'),
    bareTenThousandth: new RegExp(`${g.source('loan.rate.perTenThousand')}\\s*${num}`, 'gu'),
  };
}

export const ratesGrammar = (grammar: Grammar): RatesGrammar => compiledGrammar(grammar, buildRatesGrammar);

/** Percent of the period that one 分 stands for: 1% a day or a month, 10% a year. */
const FEN_PERCENT: Record<RatePeriod, number> = { daily: 1, monthly: 1, annual: 10 };
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
export function readValue(text: string, grammar: Grammar, maxGap = GAP_MAX, period?: RatePeriod): ValueMatch | null {
  const g = ratesGrammar(grammar);
  const smallNumber = (s: string) => parseSpokenNumber(s, g.numerals);
  const m = g.value.exec(text);
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
    values = [(whole + tenth) * FEN_PERCENT[period] * (g.spoken.get(m[7] ?? '') ?? NaN)];
  }
  if (values.some((v) => !Number.isFinite(v))) return null;
  let end = m.index + m[0].length;
  // "7.2%，最高24%" / "0.02%~0.05%": one more value joined by a range word.
  const rest = text.slice(end);
  const cont = g.continuation.exec(rest);
  if (cont) {
    const next = g.value.exec(rest.slice(cont[0].length));
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

export function parseRates(text: string, grammar: Grammar): { rates: ParsedRate[]; dangling: DanglingLabel[] } {
  const g = ratesGrammar(grammar);
  const LABEL_RE = g.label;
  const rates: ParsedRate[] = [];
  const dangling: DanglingLabel[] = [];
  const covered: Array<[number, number]> = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m && rates.length < MAX_RATES; m = LABEL_RE.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const period = PERIODS[group];
    if (!period) continue;
    let labelEnd = m.index + m[0].length;
    const suffix = g.simpleOrCompound.exec(text.slice(labelEnd, labelEnd + 8));
    if (suffix) labelEnd += suffix[0].length;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    // The value sits within a few characters of its label: never scan the rest of a long block.
    const after = text.slice(labelEnd, labelEnd + VALUE_WINDOW);
    if (g.notAPriceBefore.test(before) || g.notAPriceAfter.test(after)) continue;
    const label = text.slice(m.index, labelEnd);
    const value = readValue(after, grammar, GAP_MAX, period);
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
      floor: g.floor.test(gap) || g.from.test(after.slice(value.end)),
    });
    covered.push([labelEnd + value.start, labelEnd + value.end]);
    LABEL_RE.lastIndex = labelEnd + value.end;
  }
  rates.push(...unlabelled(text, covered, g));
  return { rates: rates.sort((a, b) => a.start - b.start), dangling };
}

/** 万分之五 with no label (read as daily, as these pages mean it) and 每万元日息2元. */
function unlabelled(text: string, covered: ReadonlyArray<[number, number]>, g: RatesGrammar): ParsedRate[] {
  const BARE_TEN_THOUSANDTH_RE = g.bareTenThousandth;
  const PER_BASE_RE = g.perBase;
  const out: ParsedRate[] = [];
  const inside = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  BARE_TEN_THOUSANDTH_RE.lastIndex = 0;
  for (let m = BARE_TEN_THOUSANDTH_RE.exec(text); m && out.length < MAX_RATES; m = BARE_TEN_THOUSANDTH_RE.exec(text)) {
    if (inside(m.index) || g.notAPriceBefore.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const n = parseSpokenNumber(m[1] ?? '', g.numerals);
    if (n === null) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    out.push({
      period: 'daily',
      values: [n / 100],
      label: m[0],
      start: m.index,
      end: m.index + m[0].length,
      floor: g.floor.test(before),
    });
  }
  PER_BASE_RE.lastIndex = 0;
  for (let m = PER_BASE_RE.exec(text); m && out.length < MAX_RATES; m = PER_BASE_RE.exec(text)) {
    if (inside(m.index) || g.notAPriceBefore.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const base = g.bases.get(m[1] ?? '');
    const yuan = Number(m[2]);
    if (!base || !Number.isFinite(yuan)) continue;
    out.push({
      period: 'daily',
      values: [(yuan / base) * 100],
      label: m[0],
      start: m.index,
      end: m.index + m[0].length,
      floor: g.floor.test(m[0]),
    });
  }
  return out;
}

/** Simple annualisation, as PBOC's announcement reads a daily or monthly rate. */
export function annualise(period: RatePeriod, percent: number): number {
  if (period === 'daily') return percent * 365;
  if (period === 'monthly') return percent * 12;
  return percent;
}
