// What a fact function sees, and the memo that keeps each fact computed once per scan. The
// memo also remembers each result's evidence, so a finding can show what made its rule fire.
import type { Grammar } from '../match/grammar';
import type { LexiconHits } from '../match/lexicon-matcher';
import type { PageSnapshot } from '../read/snapshot';
import type { Evidence, FactResult, LicenceMemory, PageKind } from '../shared/types';

export type FactParams = Readonly<Record<string, string | number | boolean>>;

export interface FactContext {
  readonly snapshot: PageSnapshot;
  readonly kind: PageKind;
  readonly hits: LexiconHits;
  /** YYYY-MM-DD; fixed by the CLI's --today for date-dependent checks. */
  readonly today: string;
  readonly memory: LicenceMemory;
  /** Which lexicons occur in a short string such as a checkbox label (same combined matcher). */
  lexiconsIn(text: string): ReadonlySet<string>;
  /** A lexicon's phrases (vocabulary a fact reads as data: field labels and the like); [] when absent. */
  phrasesOf(lexicon: string): readonly string[];
  /** The packs' grammar: labels, units and numerals extractors build their expressions from. */
  readonly grammar: Grammar;
  /** Another fact's result (memoised): facts may build on facts. */
  get<V = unknown>(name: string, params?: FactParams): FactResult<V>;
}

export type FactFn = (ctx: FactContext, params: FactParams) => FactResult;

/** A family of related facts, one file under src/core/facts/. */
export type FactFamily = Readonly<Record<string, FactFn>>;

export const memoKey = (name: string, params: FactParams = {}) => {
  const keys = Object.keys(params).sort();
  return keys.length ? `${name}(${keys.map((k) => `${k}=${String(params[k])}`).join(',')})` : name;
};

export class FactMemo {
  readonly results = new Map<string, FactResult>();

  constructor(private readonly facts: ReadonlyMap<string, FactFn>) {}

  context(base: Omit<FactContext, 'get'>): FactContext {
    const ctx: FactContext = {
      ...base,
      get: <V>(name: string, params: FactParams = {}) => this.compute(ctx, name, params) as FactResult<V>,
    };
    return ctx;
  }

  private compute(ctx: FactContext, name: string, params: FactParams): FactResult {
    const key = memoKey(name, params);
    const known = this.results.get(key);
    if (known) return known;
    const fn = this.facts.get(name);
    if (!fn) throw new Error(`unknown fact "${name}"`);
    const result = fn(ctx, params);
    this.results.set(key, result);
    return result;
  }

  evidenceOf(name: string, params?: FactParams): Evidence[] {
    return this.results.get(memoKey(name, params))?.evidence ?? [];
  }
}

/** Shorthand for a fact with no evidence. */
export const plain = <V>(value: V): FactResult<V> => ({ value, evidence: [] });
