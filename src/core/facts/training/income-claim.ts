// Reads one income promise as sales pages for live-selling courses write it: 月入过万,
// 日赚601, 两个月赚11.8万, 年入百万, 轻松月入3万+, 每天收入300元. The pack's
// training.incomeFigure lexicon decides WHERE a claim is; this file only turns the matched text
// into an amount and a period, so a rule can ask for a figure or a size. Pure string functions over
// the packs' grammar (rules/training-course.json training.claim.*, rules/common.json zh.*).
import { compiledGrammar, type Grammar, type GrammarReader } from '../../match/grammar';
import { charsWhere, numerals, parseChineseNumeral, type Numerals } from '../numbers';

export interface IncomeClaim {
  /** Promised amount in yuan. */
  amount: number;
  /** Length of the period the amount is earned in, in days (日=1, 周=7, 月=30, 年=365). */
  periodDays: number;
  /** The amount scaled to 30 days, so claims of different periods compare. */
  monthly: number;
}

interface ClaimGrammar {
  readonly numerals: Numerals;
  readonly vague: ReadonlyMap<string, number>;
  readonly unitDays: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly trailingUnit: RegExp;
  readonly overTenThousand: RegExp;
  readonly places: RegExp;
  readonly digits: RegExp;
  readonly claim: RegExp;
  readonly claimPerPeriod: RegExp;
}

function buildClaimGrammar(g: GrammarReader): ClaimGrammar {
  const n = numerals(g.grammar);
  const vague = g.values('training.claim.vagueDigit');
  const fiveToEight = charsWhere(n.digits, (v) => v >= 5 && v <= 8);
  const scale = `(?:${g.source('training.claim.scale')}|[wWkK])`;
  const places = `[${fiveToEight}5-8]${g.source('training.claim.places')}`;
  const count = `\\d+(?:\\.\\d+)?|[${n.digitChars}${charsWhere(n.smallUnits, (v) => v === 10)}${g.chars('training.claim.vagueDigit')}]{1,3}`;
  const cnAmount = `[${n.digitChars}${charsWhere(n.smallUnits, () => true)}${g.chars('training.claim.vagueDigit')}]{1,4}${g.source('zh.amount.magnitude')}?`;
  const unit = g.source('training.claim.unitDays');
  const earn = g.source('training.claim.earn');
  const reach = g.source('training.claim.reach');
  const amount = `${g.source('training.claim.overTenThousand')}|${places}|\\d+(?:\\.\\d+)?\\s?${scale}?|${cnAmount}`;
  return {
    numerals: n,
    vague,
    unitDays: g.values('training.claim.unitDays'),
    scales: new Map([...g.values('training.claim.scale'), ['w', 1e4], ['W', 1e4], ['k', 1e3], ['K', 1e3]]),
    trailingUnit: new RegExp(`(?:${g.source('zh.money.unit')}|[+＋])+$`, 'u'),
    overTenThousand: new RegExp(`^${g.source('training.claim.overTenThousand')}$`, 'u'),
    places: new RegExp(`^([${fiveToEight}5-8])${g.source('training.claim.places')}$`, 'u'),
    digits: new RegExp(`^(\\d+(?:\\.\\d+)?)(${scale})?$`, 'u'),
    // Named groups are fine here: this regex lives in code, not in the combined pack matcher.
    claim: new RegExp(
      `(?:(?<count>${count})\\s?${g.source('zh.measureWord')}?\\s?|${g.source('training.claim.eachPeriod')})?(?<unit>${unit})\\s?${g.source('training.claim.adverb')}?\\s?${earn}${g.source('training.claim.particles')}{0,3}\\s?${reach}?\\s?(?<amount>${amount})`,
      'u',
    ),
    // The figure first, the period after: 收入3万/月, 赚2000元/天.
    claimPerPeriod: new RegExp(
      `${earn}\\s?${reach}?\\s?(?<amount>\\d+(?:\\.\\d+)?\\s?${scale}?)\\s?${g.source('zh.money.unit')}?\\s?\\/\\s?(?<unit>${unit})`,
      'u',
    ),
  };
}

const claimGrammar = (grammar: Grammar): ClaimGrammar => compiledGrammar(grammar, buildClaimGrammar);

/** "11.8万", "8000", "3w", "5k", "过万", "六位数", "百万", "三千" → yuan, or null. */
export function parseClaimAmount(text: string, grammar: Grammar): number | null {
  const g = claimGrammar(grammar);
  const s = text.replace(/\s+/g, '').replace(g.trailingUnit, '');
  if (g.overTenThousand.test(s)) return 1e4;
  const places = g.places.exec(s);
  if (places) {
    const digits = /\d/.test(places[1]!) ? Number(places[1]) : (g.numerals.digits.get(places[1]!) ?? 5);
    return 10 ** (digits - 1);
  }
  const digits = g.digits.exec(s);
  if (digits) {
    const value = Number(digits[1]);
    return Number.isFinite(value) ? value * (g.scales.get(digits[2] ?? '') ?? 1) : null;
  }
  return parseChineseNumeral(s, g.numerals, g.vague);
}

/**
 * Below this many yuan a month a "claim" is usually a misread (2天可赚11天利息 reads as 11 yuan
 * in two days), not a promise anyone acts on.
 */
const MIN_MONTHLY = 500;

/** The income promise in a short text (a lexicon hit), or null when no figure can be read. */
export function parseIncomeClaim(text: string, grammar: Grammar): IncomeClaim | null {
  const g = claimGrammar(grammar);
  const m = g.claim.exec(text) ?? g.claimPerPeriod.exec(text);
  if (!m?.groups) return null;
  const { count, unit, amount: amountText } = m.groups as Partial<Record<'count' | 'unit' | 'amount', string>>;
  const days = g.unitDays.get(unit ?? '');
  const amount = amountText ? parseClaimAmount(amountText, grammar) : null;
  if (!days || amount === null || amount <= 0) return null;
  const periods = count ? (/^\d/.test(count) ? Number(count) : parseChineseNumeral(count, g.numerals, g.vague)) : 1;
  if (!periods || !Number.isFinite(periods)) return null;
  const periodDays = periods * days;
  const monthly = Math.round((amount / periodDays) * 30);
  if (monthly < MIN_MONTHLY) return null;
  return { amount, periodDays, monthly };
}
