// Labelled values of a shop page's licence section (商家资质 / 营业执照 / 食品经营许可证) and
// shop-info area. A label and its value may share one block ("许可证编号：JY1…", or
// "<span>许可证编号</span><span>JY1…</span>", which the snapshot joins to "许可证编号JY1…"), or
// sit in adjacent blocks (<th>/<td>, <dt>/<dd>, two divs in a flex row).
import { PhraseIndex } from '../../match/phrase-index';
import type { PageSnapshot } from '../../read/snapshot';

export type FieldKind = 'code' | 'permit' | 'filing' | 'holder' | 'address' | 'expiry' | 'shopName' | 'other';

export interface LabelledValue {
  field: FieldKind;
  label: string;
  value: string;
  /** Block the value was read from (the label's own block, or the one after it). */
  block: number;
}

/** The label vocabulary, from the food pack's `food.field.*` lexicons (see fieldLabels). */
export interface FieldLabels {
  /** Every label: at one position the longest wins, 食品经营许可证编号 over 许可证编号. */
  labels: PhraseIndex;
  fieldOf: ReadonlyMap<string, LabelField>;
  /** Labels too generic to trust in the middle of a sentence: only at the start of a block. */
  blockStartOnly: ReadonlySet<string>;
  /** Other licences' names ("增值电信业务经营许可证编号"), looked for just before a permit label, in lower case. */
  otherLicenceType: PhraseIndex;
}

/** A licence's own name as a label (营业执照：…, 食品经营许可证：…): a name after it is the holder, a number the code or permit. */
type LabelField = FieldKind | 'codeOrHolder' | 'permitOrHolder';

/** Lexicon of the labels of each field. */
export const FIELD_LEXICONS: Record<LabelField, string> = {
  code: 'food.field.code',
  permit: 'food.field.permit',
  filing: 'food.field.filing',
  holder: 'food.field.holder',
  address: 'food.field.address',
  expiry: 'food.field.expiry',
  shopName: 'food.field.shopName',
  other: 'food.field.other',
  codeOrHolder: 'food.field.codeOrHolder',
  permitOrHolder: 'food.field.permitOrHolder',
};
const BLOCK_START_ONLY_LEXICON = 'food.field.blockStartOnly';
const OTHER_LICENCE_LEXICON = 'food.field.otherLicenceTypes';

const built = new WeakMap<readonly string[], FieldLabels>();

/** The labels of a rule set, built once (keyed on its holder lexicon's phrase list). */
export function fieldLabels(phrasesOf: (lexicon: string) => readonly string[]): FieldLabels {
  const key = phrasesOf(FIELD_LEXICONS.holder);
  const known = built.get(key);
  if (known) return known;
  const fieldOf = new Map<string, LabelField>();
  for (const [field, lexicon] of Object.entries(FIELD_LEXICONS) as Array<[LabelField, string]>) {
    for (const label of phrasesOf(lexicon)) if (!fieldOf.has(label)) fieldOf.set(label, field);
  }
  const result: FieldLabels = {
    labels: new PhraseIndex(fieldOf.keys()),
    fieldOf,
    blockStartOnly: new Set(phrasesOf(BLOCK_START_ONLY_LEXICON)),
    otherLicenceType: new PhraseIndex(phrasesOf(OTHER_LICENCE_LEXICON).map((name) => name.toLowerCase())),
  };
  built.set(key, result);
  return result;
}

const SEPARATORS = /^[\s:：,，|｜]+/;
const VALUE_END = /[。；;|｜]/;
const MAX_VALUE = 80;

interface LabelAt {
  label: string;
  field: LabelField;
  start: number;
  end: number;
}

function labelsIn(text: string, vocabulary: FieldLabels): LabelAt[] {
  const found: LabelAt[] = [];
  const { labels, fieldOf, blockStartOnly, otherLicenceType } = vocabulary;
  const starts = labels.startsIn(text);
  // Leftmost, longest, and never inside another label: the search goes on after a label's end.
  for (let at = starts.next(0, text.length); at >= 0;) {
    const label = labels.longestAt(text, at);
    if (label === null) {
      at = starts.next(at + 1, text.length);
      continue;
    }
    const start = at;
    at = starts.next(start + label.length, text.length);
    if (blockStartOnly.has(label) && start !== 0 && !/[\s:：,，|｜]/.test(text[start - 1] ?? '')) continue;
    let field = fieldOf.get(label) as LabelField;
    if (
      (field === 'permit' || field === 'filing' || field === 'permitOrHolder') &&
      otherLicenceType.occursIn(text.slice(Math.max(0, start - 12), start).toLowerCase())
    )
      field = 'other';
    found.push({ label, field, start, end: start + label.length });
  }
  return found;
}

function cleanValue(raw: string): string {
  let value = raw.replace(SEPARATORS, '');
  const end = value.search(VALUE_END);
  if (end >= 0) value = value.slice(0, end);
  // An unknown label ("类别：") starts another pair: cut before it.
  const colon = value.search(/[:：]/);
  if (colon >= 0) {
    value = value.slice(0, colon);
    const space = value.lastIndexOf(' ');
    if (space > 0) value = value.slice(0, space);
  }
  return value.trim().slice(0, MAX_VALUE);
}

// The site's own footer ("本平台营业执照 · 统一社会信用代码 …") names the platform company, not
// the shop: read as the shop's licence it would make every shop "share" one licence.
const SITE_CHROME = 'footer, [role="contentinfo"]';
const CHROME_NAME = /(?:^|[\s_-])(?:footer|site-foot|copyright)(?:$|[\s_-])/i;

function isSiteChrome(el: Element): boolean {
  if (el.closest(SITE_CHROME)) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (CHROME_NAME.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** Is this block nothing but a label (a <th>, <dt> or the first div of a row)? */
const onlyLabel = (text: string, at: LabelAt) => at.start === 0 && !text.slice(at.end).replace(/[\s:：]/g, '');

function resolveField(at: LabelAt, value: string): FieldKind {
  if (at.field !== 'codeOrHolder' && at.field !== 'permitOrHolder') return at.field;
  if (/^\p{Script=Han}/u.test(value)) return 'holder';
  return at.field === 'permitOrHolder' ? 'permit' : 'code';
}

/** Every labelled value on the page, in page order. */
export function readLabelledValues(snapshot: PageSnapshot, vocabulary: FieldLabels): LabelledValue[] {
  const values: LabelledValue[] = [];
  const labelsIn_ = (text: string) => labelsIn(text, vocabulary);
  for (let b = 0; b < snapshot.blockCount; b++) {
    const text = snapshot.blockText(b);
    if (text.length > 3000) continue; // an article body, not a licence panel
    const labels = labelsIn_(text);
    if (!labels.length || isSiteChrome(snapshot.blockElement(b) as Element)) continue;
    for (let i = 0; i < labels.length; i++) {
      const at = labels[i] as LabelAt;
      if (at.field === 'other') continue;
      if (labels.length === 1 && onlyLabel(text, at)) {
        const next = snapshot.blockText(b + 1);
        if (next && !labelsIn_(next).some((l) => l.start === 0)) {
          const value = cleanValue(next);
          if (value && !vocabulary.fieldOf.has(value))
            values.push({ field: resolveField(at, value), label: at.label, value, block: b + 1 });
        }
        continue;
      }
      const value = cleanValue(text.slice(at.end, labels[i + 1]?.start ?? text.length));
      // A label followed by another label ("许可证经营者" then "名称") has no value of its own.
      if (value && !vocabulary.fieldOf.has(value))
        values.push({ field: resolveField(at, value), label: at.label, value, block: b });
    }
  }
  return values;
}
