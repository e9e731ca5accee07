// Reads one income promise as sales pages for live-selling courses write it: 月入过万,
// 日赚601, 两个月赚11.8万, 年入百万, 轻松月入3万+, 每天收入300元. The pack's
// training.incomeFigure lexicon decides WHERE a claim is; this file only turns the matched text
// into an amount and a period, so a rule can ask for a figure or a size. Pure string functions.

export interface IncomeClaim {
  /** Promised amount in yuan. */
  amount: number;
  /** Length of the period the amount is earned in, in days (日=1, 周=7, 月=30, 年=365). */
  periodDays: number;
  /** The amount scaled to 30 days, so claims of different periods compare. */
  monthly: number;
}

const DAYS_PER_UNIT: Record<string, number> = { 天: 1, 日: 1, 周: 7, 星期: 7, 月: 30, 年: 365 };

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // 几万 ("a few ten-thousands"): read conservatively as two.
  几: 2, 半: 0.5,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4 };

/** Small Chinese numerals as claims use them: 两, 十, 十五, 三千, 五万, 百万, 几万, 半. */
export function parseSmallChineseNumber(text: string): number | null {
  if (!text || ![...text].every((c) => c in CN_DIGITS || c in CN_UNITS)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGITS) {
      digit = CN_DIGITS[c]!;
    } else if (c === '万') {
      // 百万 = (section 100) × 万; 三万 = 3 × 万.
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * CN_UNITS[c]!;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "11.8万", "8000", "3w", "5k", "过万", "六位数", "百万", "三千" → yuan, or null. */
export function parseClaimAmount(text: string): number | null {
  const s = text.replace(/\s+/g, '').replace(/[元块+＋]+$/u, '');
  if (/^(?:过|破|上)万$/u.test(s)) return 1e4;
  const places = /^([五六七八5-8])位数$/u.exec(s);
  if (places) {
    const digits = /\d/.test(places[1]!) ? Number(places[1]) : parseSmallChineseNumber(places[1]!) ?? 5;
    return 10 ** (digits - 1);
  }
  const digits = /^(\d+(?:\.\d+)?)(百万|十万|万|千|百|[wWkK])?$/u.exec(s);
  if (digits) {
    const value = Number(digits[1]);
    const unit = digits[2] ?? '';
    const scale: Record<string, number> = { 百万: 1e6, 十万: 1e5, 万: 1e4, w: 1e4, W: 1e4, 千: 1e3, k: 1e3, K: 1e3, 百: 100 };
    return Number.isFinite(value) ? value * (scale[unit] ?? 1) : null;
  }
  return parseSmallChineseNumber(s);
}

// Named groups are fine here: this regex lives in code, not in the combined pack matcher.
const CLAIM =
  /(?:(?<count>\d+(?:\.\d+)?|[一二两三四五六七八九十半几]{1,3})\s?个?\s?|[每单一])?(?<unit>星期|月|天|日|周|年)\s?(?:就|能|可|也能|都能|即可|轻松|稳定|净|纯|均|多)?\s?(?:收入|收益|变现|进账|入账|入|赚|挣)了?到?个?\s?(?:可达|高达|能达到|达到|超过|破)?\s?(?<amount>过万|破万|上万|[五六七八5-8]位数|\d+(?:\.\d+)?\s?(?:百万|十万|[万千百wWkK])?|[一二两三四五六七八九十百千几]{1,4}万?)/u;

// The figure first, the period after: 收入3万/月, 赚2000元/天.
const CLAIM_PER_PERIOD =
  /(?:收入|收益|赚|挣)\s?(?:可达|高达|超过)?\s?(?<amount>\d+(?:\.\d+)?\s?(?:[万千wWkK])?)\s?元?\s?\/\s?(?<unit>月|天|日|周|年)/u;

/**
 * Below this many yuan a month a "claim" is usually a misread (2天可赚11天利息 reads as 11 yuan
 * in two days), not a promise anyone acts on.
 */
const MIN_MONTHLY = 500;

/** The income promise in a short text (a lexicon hit), or null when no figure can be read. */
export function parseIncomeClaim(text: string): IncomeClaim | null {
  const m = CLAIM.exec(text) ?? CLAIM_PER_PERIOD.exec(text);
  if (!m?.groups) return null;
  const { count, unit, amount: amountText } = m.groups as Partial<Record<'count' | 'unit' | 'amount', string>>;
  const days = DAYS_PER_UNIT[unit ?? ''];
  const amount = amountText ? parseClaimAmount(amountText) : null;
  if (!days || amount === null || amount <= 0) return null;
  const periods = count ? (/^\d/.test(count) ? Number(count) : parseSmallChineseNumber(count)) : 1;
  if (!periods || !Number.isFinite(periods)) return null;
  const periodDays = periods * days;
  const monthly = Math.round((amount / periodDays) * 30);
  if (monthly < MIN_MONTHLY) return null;
  return { amount, periodDays, monthly };
}
