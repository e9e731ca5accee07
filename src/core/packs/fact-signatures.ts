// What each registered fact takes, so that a pack is checked when it loads rather than failing
// when a page is scanned: the params a fact reads (and their types), the ones it cannot do
// without, and the lexicons it reads by name whatever the params say. A test keeps this in step
// with src/core/facts: every registered fact has an entry, and running every rule example reads
// no param and no lexicon that is not declared here (test/unit/core/fact-signatures.test.ts).
import { DOMAINS } from '../facts/domains';
import { FIELD_LEXICONS } from '../facts/food/licence-fields';

/** `lexicon`: the name of a lexicon some loaded pack must define. */
export type ParamKind = 'lexicon' | 'number' | 'boolean' | 'string';

export interface FactSignature {
  params?: Readonly<Record<string, ParamKind>>;
  /** Params without which the fact is always 0 / -1 / false. */
  required?: readonly string[];
  /** Lexicon params with a default: the lexicon read when the param is absent. */
  defaults?: Readonly<Record<string, string>>;
  /** Lexicons the fact always reads (vocabulary kept as pack data). */
  reads?: readonly string[];
}

const FOOD_LABELS: FactSignature = {
  reads: [...Object.values(FIELD_LEXICONS), 'food.field.blockStartOnly', 'food.field.otherLicenceTypes'],
};

export const FACT_SIGNATURES: Readonly<Record<string, FactSignature>> = {
  lexicon: { params: { lexicon: 'lexicon', exclude: 'lexicon', near: 'lexicon', distinct: 'boolean' }, required: ['lexicon'] },
  presetBoxes: { params: { lexicon: 'lexicon', exclude: 'lexicon' } },
  aprShown: {},
  periodicRateShown: {},
  maxStatedApr: {},
  maxAnnualisedPeriodicRate: {},
  periodicRateProminent: {},
  computedApr: {},
  computedAprCompound: {},
  receivedBelowBorrowed: {},
  feesListed: { params: { lexicon: 'lexicon' }, required: ['lexicon'] },
  flatRateApr: { params: { lexicon: 'lexicon' }, required: ['lexicon'] },
  foodLicenceStatus: FOOD_LABELS,
  licenceCodeFailures: FOOD_LABELS,
  foodPermitMalformed: FOOD_LABELS,
  licenceExpired: FOOD_LABELS,
  shopAddressShown: FOOD_LABELS,
  shopHolderSimilarity: FOOD_LABELS,
  licenceSharedNames: FOOD_LABELS,
  incomeClaims: {
    params: { lexicon: 'lexicon', minMonthly: 'number', exclude: 'lexicon' },
    defaults: { lexicon: 'training.incomeFigure' },
  },
  countdownTimers: { params: { deadline: 'lexicon' }, defaults: { deadline: 'training.deadlineWords' } },
  lexiconNearby: {
    params: { lexicon: 'lexicon', near: 'lexicon', window: 'number', exclude: 'lexicon' },
    required: ['lexicon', 'near'],
  },
};

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A fact's signature: from the table, or, for a fact that a registered page kind brings and the
 * table does not list (a new kind's folder, docs/adding-a-page-kind.md), one that takes no params.
 * Undefined for a fact nobody registered.
 */
export function signatureOf(fact: string): FactSignature | undefined {
  if (has(FACT_SIGNATURES, fact)) return FACT_SIGNATURES[fact];
  return DOMAINS.some((d) => has(d.facts, fact)) ? {} : undefined;
}

/** Every fact a pack may name: the table's and those of the registered page kinds. */
export const knownFacts = (): ReadonlySet<string> =>
  new Set([...Object.keys(FACT_SIGNATURES), ...DOMAINS.flatMap((d) => Object.keys(d.facts))]);
