// Food-delivery facts: licence shown or not, USCC / registration-number / 食品经营许可证
// validity, expiry, shop name vs licence holder, address, and the licence memory.
import type { Evidence, FactResult } from '../../shared/types';
import { blockEvidence, clipText } from '../evidence-snippet';
import type { FactContext, FactFamily } from '../fact-context';
import { readFoodPage, type FoodPageReading, type LicenceNumber } from './food-page-reading';
import { hasExpired } from './licence-date';
import { fieldLabels } from './licence-fields';
import { foodGrammar } from './food-grammar';
import { countDistinctShops, nameSimilarity } from './name-match';

const MAX_EVIDENCE = 5;

function anchorEvidence(ctx: FactContext, reading: FoodPageReading, fact: string): Evidence[] {
  return reading.anchor === null ? [] : [blockEvidence(ctx.snapshot, reading.anchor, fact)];
}

function numberEvidence(ctx: FactContext, numbers: readonly LicenceNumber[], fact: string): Evidence[] {
  const blocks = [...new Set(numbers.map((n) => n.block))].slice(0, MAX_EVIDENCE);
  return blocks.map((b) => blockEvidence(ctx.snapshot, b, fact));
}

/** Licence numbers as memory keys: permits, codes and filings that are fully shown. */
const memoryKeys = (reading: FoodPageReading) => [
  ...new Set(reading.numbers.filter((n) => n.check !== 'masked').map((n) => n.code)),
];

export const foodFacts: FactFamily = {
  /**
   * How the page shows its licence: "text" (a number we can read), "filing" (only a 备案 for
   * pre-packaged food: lawful), "image" (only a picture), "elsewhere" (a 商家资质 tab or link
   * with nothing readable here), "missing". Evidence for "missing" is the shop name (or the
   * licence section title), so a marker has somewhere to stand.
   */
  foodLicenceStatus(ctx): FactResult<string> {
    const fact = 'foodLicenceStatus';
    const reading = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar));
    const licences = reading.numbers.filter((n) => n.kind !== 'filing');
    if (licences.length) return { value: 'text', evidence: numberEvidence(ctx, licences, fact) };
    if (reading.numbers.length) return { value: 'filing', evidence: numberEvidence(ctx, reading.numbers, fact) };
    if (reading.images.length) {
      return {
        value: 'image',
        evidence: reading.images.slice(0, MAX_EVIDENCE).map((img) => ({
          text: clipText(img.description, 60),
          note: { code: 'image-description' },
          element: img.element,
          fact,
        })),
      };
    }
    if (reading.sectionLinks.length) {
      return { value: 'elsewhere', evidence: reading.sectionLinks.slice(0, 1).map((b) => blockEvidence(ctx.snapshot, b, fact)) };
    }
    return { value: 'missing', evidence: anchorEvidence(ctx, reading, fact) };
  },

  /** Shown 统一社会信用代码 / 注册号 that fail their check character or their format. */
  licenceCodeFailures(ctx): FactResult<number> {
    const bad = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar)).numbers.filter(
      (n) => n.kind !== 'permit' && n.kind !== 'filing' && n.check !== 'ok' && n.check !== 'masked',
    );
    return { value: bad.length, evidence: numberEvidence(ctx, bad, 'licenceCodeFailures') };
  },

  /** Shown 食品经营许可证 numbers that are not "JY" + 14 digits with a real province code. */
  foodPermitMalformed(ctx): FactResult<number> {
    const bad = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar)).numbers.filter(
      (n) => n.kind === 'permit' && (n.check === 'bad-format' || n.check === 'bad-province'),
    );
    return { value: bad.length, evidence: numberEvidence(ctx, bad, 'foodPermitMalformed') };
  },

  /** Licence end dates (有效期至, 营业期限) before today. */
  licenceExpired(ctx): FactResult<number> {
    const expired = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar)).expiries.filter((e) =>
      hasExpired(e.end, ctx.today),
    );
    const blocks = [...new Set(expired.map((e) => e.value.block))].slice(0, MAX_EVIDENCE);
    return { value: expired.length, evidence: blocks.map((b) => blockEvidence(ctx.snapshot, b, 'licenceExpired')) };
  },

  /** A physical address (经营场所, 地址, 商家地址 …) is shown. Evidence when absent: the anchor. */
  shopAddressShown(ctx): FactResult<boolean> {
    const reading = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar));
    const first = reading.addresses[0];
    if (first) return { value: true, evidence: [blockEvidence(ctx.snapshot, first.block, 'shopAddressShown')] };
    return { value: false, evidence: anchorEvidence(ctx, reading, 'shopAddressShown') };
  },

  /**
   * Best similarity (0..1, see name-match.ts) between the shop name and any licence holder
   * name; -1 when either is not shown. The rule's threshold lives in the pack.
   */
  shopHolderSimilarity(ctx): FactResult<number> {
    const reading = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar));
    const shop = reading.shop;
    if (!shop || !reading.holders.length) return { value: -1, evidence: [] };
    let best = -1;
    for (const h of reading.holders) best = Math.max(best, nameSimilarity(shop.name, h.value, foodGrammar(ctx.grammar)));
    const fact = 'shopHolderSimilarity';
    const evidence = reading.holders.slice(0, 2).map((h): Evidence => ({
      ...blockEvidence(ctx.snapshot, h.block, fact),
      note: { code: 'holder-vs-shop', values: [h.value, shop.name] },
    }));
    return { value: Math.round(best * 100) / 100, evidence };
  },

  /**
   * Records this shop under each licence number it shows (ctx.memory keeps only numbers and
   * shop names), then: the most different shop names any of its numbers has been shown by,
   * branches of one shop counted once.
   */
  licenceSharedNames(ctx): FactResult<number> {
    const reading = readFoodPage(ctx.snapshot, fieldLabels(ctx.phrasesOf), foodGrammar(ctx.grammar));
    const shop = reading.shop ? clipText(reading.shop.name, 60) : undefined;
    let best = 0;
    let bestKey: string | null = null;
    let bestNames: readonly string[] = [];
    for (const key of memoryKeys(reading)) {
      if (shop) ctx.memory.record(key, shop);
      const names = [...ctx.memory.namesFor(key)];
      if (shop && !names.includes(shop)) names.push(shop);
      const count = countDistinctShops(names, foodGrammar(ctx.grammar));
      if (count > best) [best, bestKey, bestNames] = [count, key, names];
    }
    const block = reading.numbers.find((n) => n.code === bestKey)?.block;
    const evidence: Evidence[] =
      bestKey && block !== undefined
        ? [
            {
              ...blockEvidence(ctx.snapshot, block, 'licenceSharedNames'),
              note: { code: 'licence-shared-names', values: [bestKey, ...bestNames.slice(0, 8)] },
            },
          ]
        : [];
    return { value: best, evidence };
  },
};
