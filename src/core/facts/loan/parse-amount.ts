// Money amounts as loan pages write them: 1万, 1.5万元, 10,000元, ¥10000, ￥10,000.00, 壹万元,
// 一万元, 3千, 5000块. Pure string functions over the packs' grammar (rules/common.json zh.*).
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { numerals, parseChineseNumeral, type Numerals } from '../numbers';

export interface AmountGrammar {
  /** Regex source (non-capturing) for one amount in running text. */
  readonly source: string;
  readonly numerals: Numerals;
  readonly lead: RegExp;
  readonly mixed: RegExp;
  readonly digits: RegExp;
  readonly scales: ReadonlyMap<string, number>;
  readonly cn: RegExp;
}

function buildAmountGrammar(g: GrammarReader): AmountGrammar {
  const n = numerals(g.grammar);
  const unit = g.source('zh.money.unit');
  const magnitudes = g.values('zh.amount.magnitude');
  const tenThousand =
    [...magnitudes]
      .filter(([, v]) => v === 1e4)
      .map(([w]) => w)
      .join('|') || '(?!)';
  const thousand =
    [...magnitudes]
      .filter(([, v]) => v === 1e3)
      .map(([w]) => w)
      .join('|') || '(?!)';
  const magnitude = g.source('zh.amount.magnitude');
  const withHundred = `(?:${magnitude}|${g.source('zh.amount.hundred')})`;
  // Digits need a currency sign, a magnitude or a money unit so that "12期" or "2026年" never read as money.
  const source =
    `(?:\\d+(?:\\.\\d+)?(?:${tenThousand})\\d(?:${thousand})${unit}?` +
    `|[¥￥]\\s?\\d[\\d,，]*(?:\\.\\d+)?\\s?${withHundred}?${unit}?` +
    `|\\d[\\d,，]*(?:\\.\\d+)?\\s?${magnitude}${unit}?` +
    `|\\d[\\d,，]*(?:\\.\\d+)?\\s?(?:${unit}|RMB)` +
    `|[${n.chars}]{1,12}${unit})`;
  return {
    source,
    numerals: n,
    lead: new RegExp(`^${g.source('zh.amount.lead')}+`, 'u'),
    mixed: new RegExp(`(\\d+(?:\\.\\d+)?)(?:${tenThousand})(\\d)(?:${thousand})?${unit}?$`, 'u'),
    digits: new RegExp(`[¥￥]?(\\d[\\d,，]*(?:\\.\\d+)?)(${withHundred}|k|K)?(?:${unit}|RMB)?`, 'u'),
    scales: new Map([...magnitudes, ...g.values('zh.amount.hundred'), ['k', 1e3], ['K', 1e3]]),
    cn: new RegExp(`[${n.chars}]+`, 'u'),
  };
}

export const amountGrammar = (grammar: Grammar): AmountGrammar => compiledGrammar(grammar, buildAmountGrammar);

/**
 * One amount in yuan from a short string ("1.5万元", "￥10,000.00", "壹万元", "3千"), or null.
 * Tolerates surrounding words such as 约 or 仅.
 */
export function parseAmount(text: string, grammar: Grammar): number | null {
  const a = amountGrammar(grammar);
  const s = text.replace(/\s+/g, '').replace(a.lead, '');
  // "1万5" / "1万5千": 15,000.
  const mixed = a.mixed.exec(s);
  if (mixed && !/[\d.]/.test(s[mixed.index - 1] ?? '')) return round2(Number(mixed[1]) * 1e4 + Number(mixed[2]) * 1e3);
  const digits = a.digits.exec(s);
  if (digits) {
    const raw = (digits[1] ?? '').replace(/[,，]/g, '');
    const value = Number(raw);
    if (!Number.isFinite(value)) return null;
    return round2(value * (a.scales.get(digits[2] ?? '') ?? 1));
  }
  const cn = a.cn.exec(s);
  if (!cn) return null;
  return parseChineseNumeral(cn[0], a.numerals);
}

export interface AmountMatch {
  value: number;
  text: string;
  start: number;
  end: number;
}

/** Every amount in `text`, left to right. */
export function findAmounts(text: string, grammar: Grammar): AmountMatch[] {
  const out: AmountMatch[] = [];
  const re = new RegExp(amountGrammar(grammar).source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = parseAmount(m[0], grammar);
    if (value !== null) out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
