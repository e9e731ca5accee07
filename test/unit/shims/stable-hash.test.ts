// @vitest-environment node
// The hash-it stand-in is json-rules-engine's fact cache key (fact.js: hash({id, params})), on
// params that come from pack JSON: equal for the same params, different whenever they differ.
// (Key order: another order is only a cache miss; engine-with-shims.test.ts checks the findings.)
import { describe, expect, it } from 'vitest';
import stableHash from '../../../src/extension/shims/stable-hash';

describe('stable hash of fact params', () => {
  it('tells apart params that differ in value, type, array order or presence', () => {
    const keys = [
      { id: 'lexicon', params: { lexicon: 'loan.a' } },
      { id: 'lexicon', params: { lexicon: 'loan.b' } },
      { id: 'presetBoxes', params: { lexicon: 'loan.a' } },
      { id: 'lexicon', params: { lexicon: 'loan.a', distinct: true } },
      { id: 'lexicon', params: { lexicon: 'loan.a', distinct: 'true' } },
      { id: 'lexicon', params: { lexicon: 'loan.a', near: ['x', 'y'] } },
      { id: 'lexicon', params: { lexicon: 'loan.a', near: ['y', 'x'] } },
      { id: 'lexicon', params: { lexicon: 'loan.a', near: ['x,y'] } },
      { id: 'n', params: { v: 1 } },
      { id: 'n', params: { v: '1' } },
      { id: 'n', params: {} },
      { id: 'n', params: undefined },
      { id: 'n', params: { 'a","b': 1 } },
      { id: 'n', params: { a: 1, b: 1 } },
    ];
    const hashes = keys.map((k) => stableHash(k));
    expect(new Set(hashes).size).toBe(keys.length);
  });

  it('is the same value on every call (usable as a Map key)', () => {
    const params = { id: 'lexicon', params: { lexicon: 'food.x', exclude: 'food.y' } };
    expect(stableHash(params)).toBe(stableHash(structuredClone(params)));
    const cache = new Map([[stableHash(params), 42]]);
    expect(cache.get(stableHash({ id: 'lexicon', params: { lexicon: 'food.x', exclude: 'food.y' } }))).toBe(42);
  });
});
