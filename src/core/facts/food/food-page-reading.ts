// Everything the food facts need, read once per snapshot: licence numbers and how they check
// out, holder names, addresses, expiry dates, the shop name and where to anchor a marker when
// something is absent.
import type { ImageInfo, PageSnapshot } from '../../read/snapshot';
import { checkFoodPermitNumber, looksLikeFilingNumber } from './food-permit-number';
import { normaliseCode } from './licence-code-text';
import type { FoodGrammar } from './food-grammar';
import { parseLicenceEnd, type LicenceEnd } from './licence-date';
import { readLabelledValues, type FieldLabels, type LabelledValue } from './licence-fields';
import { isLicenceLink, licenceImages, licenceSectionBlocks } from './licence-presence';
import { isValidRegistrationNumber } from './registration-number';
import { findShopName, type ShopName } from './shop-name';
import { isValidUscc } from './uscc';

export type NumberKind = 'uscc' | 'registration' | 'permit' | 'filing' | 'other';
export type NumberCheck = 'ok' | 'bad-check' | 'bad-format' | 'bad-province' | 'masked';

export interface LicenceNumber {
  kind: NumberKind;
  code: string;
  check: NumberCheck;
  label: string;
  block: number;
}

export interface FoodPageReading {
  numbers: LicenceNumber[];
  holders: LabelledValue[];
  addresses: LabelledValue[];
  expiries: Array<{ value: LabelledValue; end: LicenceEnd }>;
  shop: ShopName | null;
  sectionBlocks: number[];
  sectionLinks: number[];
  images: ImageInfo[];
  /** Block to point at when something is missing: the shop name, else the licence section. */
  anchor: number | null;
}

/** Fewer characters than this is a word or a placeholder ("见图片"), not a number. */
const MIN_NUMBER = 6;
/** An expiry date or holder name counts only this close (in blocks) to a licence number or section title. */
const LICENCE_REACH = 15;

function classifyNumber(v: LabelledValue): LicenceNumber | null {
  // "经营许可证编号：滇B2-20030004" is a telecom (ICP) licence, not a food permit: numbers of
  // other licence types begin with a province character.
  if (/^\p{Script=Han}/u.test(v.value.normalize('NFKC').trim())) return null;
  const token = /^[0-9A-Z*＊]+/.exec(normaliseCode(v.value))?.[0] ?? '';
  if (token.length < MIN_NUMBER) return null;
  const at = { label: v.label, block: v.block, code: token };
  if (/[*＊]/.test(token)) return { ...at, kind: v.field === 'permit' ? 'permit' : 'uscc', check: 'masked' };
  if (token.startsWith('YB') && (v.field === 'filing' || looksLikeFilingNumber(token)))
    return { ...at, kind: 'filing', check: 'ok' };
  if (v.field === 'filing') return { ...at, kind: 'filing', check: 'ok' };
  if (token.startsWith('JY')) {
    const check = checkFoodPermitNumber(token);
    return { ...at, kind: 'permit', check };
  }
  if (v.field === 'permit') return { ...at, kind: 'permit', check: 'bad-format' };
  if (token.length === 18) return { ...at, kind: 'uscc', check: isValidUscc(token) ? 'ok' : 'bad-check' };
  if (/^\d{15}$/.test(token))
    return { ...at, kind: 'registration', check: isValidRegistrationNumber(token) ? 'ok' : 'bad-check' };
  return { ...at, kind: 'other', check: 'bad-format' };
}

function read(snapshot: PageSnapshot, vocabulary: FieldLabels, food: FoodGrammar): FoodPageReading {
  const plausibleAddress = (s: string) => s.length >= 5 && !food.noValue.test(s) && food.addressWord.test(s);
  const values = readLabelledValues(snapshot, vocabulary);
  const numbers = values
    .filter((v) => v.field === 'code' || v.field === 'permit' || v.field === 'filing')
    .map(classifyNumber)
    .filter((n): n is LicenceNumber => n !== null);
  const sectionBlocks = licenceSectionBlocks(snapshot, food);
  const nearLicence = [...numbers.map((n) => n.block), ...sectionBlocks];
  const expiries = values
    .filter((v) => v.field === 'expiry' && !food.notLicenceDate.test(snapshot.blockText(v.block)))
    .filter((v) => nearLicence.some((b) => Math.abs(b - v.block) <= LICENCE_REACH))
    .map((value) => ({ value, end: parseLicenceEnd(value.value, food) }));
  const shop = findShopName(snapshot, values, food);
  const firstHeading = snapshot.headings.find((h) => h.block !== undefined)?.block;
  const anchor = shop?.block ?? sectionBlocks[0] ?? firstHeading ?? (snapshot.blockCount ? 0 : null);
  return {
    numbers,
    holders: values.filter(
      (v) =>
        v.field === 'holder' &&
        v.value.length >= 2 &&
        !food.noValue.test(v.value) &&
        nearLicence.some((b) => Math.abs(b - v.block) <= LICENCE_REACH),
    ),
    addresses: values.filter((v) => v.field === 'address' && plausibleAddress(v.value)),
    expiries,
    shop,
    sectionBlocks,
    sectionLinks: sectionBlocks.filter((b) => isLicenceLink(snapshot, b)),
    images: licenceImages(snapshot, food),
    anchor,
  };
}

const cache = new WeakMap<PageSnapshot, FoodPageReading>();

export function readFoodPage(snapshot: PageSnapshot, vocabulary: FieldLabels, food: FoodGrammar): FoodPageReading {
  let reading = cache.get(snapshot);
  if (!reading) {
    reading = read(snapshot, vocabulary, food);
    cache.set(snapshot, reading);
  }
  return reading;
}
