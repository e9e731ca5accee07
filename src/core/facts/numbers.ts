// The one reader of Chinese numerals (一万五千, 壹万, 三千五, 十二, 二点五). Its digits and units
// are pack grammar (rules/common.json: zh.digit, zh.unit.small, zh.unit.big, zh.point); extractors
// may add digits of their own (几 and 半 in income claims).
import { compiledGrammar, type Grammar, type GrammarReader } from '../match/grammar';

export interface Numerals {
  readonly digits: ReadonlyMap<string, number>;
  readonly smallUnits: ReadonlyMap<string, number>;
  readonly bigUnits: ReadonlyMap<string, number>;
  readonly points: readonly string[];
  /** Every numeral character, for a character class: [${chars}]. */
  readonly chars: string;
  /** The digits alone, for a character class. */
  readonly digitChars: string;
}

const buildNumerals = (g: GrammarReader): Numerals => ({
  digits: g.values('zh.digit'),
  smallUnits: g.values('zh.unit.small'),
  bigUnits: g.values('zh.unit.big'),
  points: g.phrases('zh.point'),
  chars: g.chars('zh.digit') + g.chars('zh.unit.small') + g.chars('zh.unit.big'),
  digitChars: g.chars('zh.digit'),
});

export const numerals = (grammar: Grammar): Numerals => compiledGrammar(grammar, buildNumerals);

/** Escaped characters of `words` whose value passes `keep`, for a character class. */
export function charsWhere(values: ReadonlyMap<string, number>, keep: (value: number) => boolean): string {
  return [...values]
    .filter(([w, v]) => [...w].length === 1 && keep(v))
    .map(([w]) => w.replace(/[\\\]^-]/g, '\\$&'))
    .join('');
}

/** Chinese numerals → number; null when `text` is not one. `extra` adds digits (几 → 2). */
export function parseChineseNumeral(text: string, n: Numerals, extra?: ReadonlyMap<string, number>): number | null {
  const s = text.trim();
  const digitOf = (c: string) => n.digits.get(c) ?? extra?.get(c);
  if (!s || ![...s].every((c) => digitOf(c) !== undefined || n.smallUnits.has(c) || n.bigUnits.has(c))) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  // Value of the unit just before the current digit: "三千五" means 3500, "两万五" 25000.
  let unitBefore = 0;
  let previousWasUnit = false;
  for (const c of s) {
    const d = digitOf(c);
    const small = n.smallUnits.get(c);
    if (d !== undefined) {
      digit = d;
      if (!previousWasUnit) unitBefore = 0;
      previousWasUnit = false;
    } else if (small !== undefined) {
      // "十二" has no leading digit: it means 一十二.
      section += (digit ?? 1) * small;
      digit = null;
      unitBefore = small;
      previousWasUnit = true;
    } else {
      const big = n.bigUnits.get(c)!;
      section += digit ?? 0;
      total += (section || 1) * big;
      section = 0;
      digit = null;
      unitBefore = big;
      previousWasUnit = true;
    }
  }
  const tail = digit === null ? 0 : unitBefore >= 100 ? (digit * unitBefore) / 10 : digit;
  return total + section + tail;
}

/** Digits, or a spoken number with a decimal point (二点五 → 2.5, 十二 → 12); null otherwise. */
export function parseSpokenNumber(s: string, n: Numerals): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const point = n.points.find((p) => s.includes(p));
  const [intPart = '', frac] = point ? s.split(point) : [s];
  let value = intPart ? parseChineseNumeral(intPart, n) : 0;
  if (value === null) return null;
  if (frac) {
    const fracDigits = [...frac].map((c) => n.digits.get(c));
    if (fracDigits.some((d) => d === undefined)) return null;
    value += Number(`0.${fracDigits.join('')}`);
  }
  return Number.isFinite(value) ? value : null;
}
