// Money amounts as loan pages write them: 1万, 1.5万元, 10,000元, ¥10000, ￥10,000.00, 壹万元,
// 一万元, 3千, 5000块. Pure string functions; no DOM.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8 };

const CN_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿';

/**
 * Regex source (non-capturing) for one amount in running text. Digits need a currency sign,
 * a magnitude or a money unit so that "12期" or "2026年" never read as money.
 */
export const AMOUNT_SOURCE =
  `(?:\\d+(?:\\.\\d+)?万\\d千(?:元|块)?` +
  `|[¥￥]\\s?\\d[\\d,，]*(?:\\.\\d+)?\\s?(?:万|千|百)?(?:元|块|圆)?` +
  `|\\d[\\d,，]*(?:\\.\\d+)?\\s?(?:万|千)(?:元|块|圆)?` +
  `|\\d[\\d,，]*(?:\\.\\d+)?\\s?(?:元|块|圆|RMB)` +
  `|[${CN_CHARS}]{1,12}(?:元|块|圆))`;

/** Chinese numerals (一万五千, 壹万, 三千五百, 十二, 两千) → number; null when not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (!s || ![...s].every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  // Value of the unit just before the current digit: "三千五" means 3500, "两万五" 25000.
  let unitBefore = 0;
  let previousWasUnit = false;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
      if (!previousWasUnit) unitBefore = 0;
      previousWasUnit = false;
    } else if (c in SMALL_UNITS) {
      // "十二" has no leading digit: it means 一十二.
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
      unitBefore = SMALL_UNITS[c]!;
      previousWasUnit = true;
    } else {
      section += digit ?? 0;
      total += (section || 1) * BIG_UNITS[c]!;
      section = 0;
      digit = null;
      unitBefore = BIG_UNITS[c]!;
      previousWasUnit = true;
    }
  }
  const tail = digit === null ? 0 : unitBefore >= 100 ? (digit * unitBefore) / 10 : digit;
  return total + section + tail;
}

/**
 * One amount in yuan from a short string ("1.5万元", "￥10,000.00", "壹万元", "3千"), or null.
 * Tolerates surrounding words such as 约 or 仅.
 */
export function parseAmount(text: string): number | null {
  const s = text.replace(/\s+/g, '').replace(/^(?:约|仅|只需|只要|共|合计|为)+/, '');
  // "1万5" / "1万5千": 15,000.
  const mixed = /(\d+(?:\.\d+)?)万(\d)千?(?:元|块)?$/.exec(s);
  if (mixed && !/[\d.]/.test(s[mixed.index - 1] ?? '')) return round2(Number(mixed[1]) * 1e4 + Number(mixed[2]) * 1e3);
  const digits = /[¥￥]?(\d[\d,，]*(?:\.\d+)?)(万|千|百|k|K)?(?:元|块|圆|RMB)?/.exec(s);
  if (digits) {
    const raw = (digits[1] ?? '').replace(/[,，]/g, '');
    const value = Number(raw);
    if (!Number.isFinite(value)) return null;
    const unit = digits[2];
    const scale = unit === '万' ? 1e4 : unit === '千' || unit === 'k' || unit === 'K' ? 1e3 : unit === '百' ? 100 : 1;
    return round2(value * scale);
  }
  const cn = new RegExp(`[${CN_CHARS}]+`).exec(s);
  if (!cn) return null;
  return parseChineseNumeral(cn[0]);
}

export interface AmountMatch {
  value: number;
  text: string;
  start: number;
  end: number;
}

/** Every amount in `text`, left to right. */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  const re = new RegExp(AMOUNT_SOURCE, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = parseAmount(m[0]);
    if (value !== null) out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
