// @vitest-environment node
// The hash-it stand-in is json-rules-engine's fact cache key (fact.js: hash({id, params})): equal
// for equal params whatever their key order, different whenever the params differ.
import { describe, expect, it } from 'vitest';
import stableHash from '../../../src/extension/shims/stable-hash';

describe('stable hash of fact params', () => {
  it('ignores key order at every depth', () => {
    expect(stableHash({ id: 'lexicon', params: { lexicon: 'loan.x', near: ['a', 'b'], opts: { a: 1, b: 2 } } })).toBe(
      stableHash({ params: { opts: { b: 2, a: 1 }, near: ['a', 'b'], lexicon: 'loan.x' }, id: 'lexicon' }),
    );
  });

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
      { id: 'n', params: { v: null } },
      { id: 'n', params: { v: Number.NaN } },
      { id: 'n', params: {} },
      { id: 'n', params: undefined },
      { id: 'n', params: { 'a","b': 1 } },
      { id: 'n', params: { a: 1, b: 1 } },
    ];
    const hashes = keys.map((k) => stableHash(k));
    expect(new Set(hashes).size).toBe(keys.length);
  });

  it('is the same value on every call (usable as a Map key)', () => {
    const params = { id: 'lexicon', params: { lexicon: 'food.x', exclude: ['food.y'] } };
    expect(stableHash(params)).toBe(stableHash(structuredClone(params)));
    const cache = new Map([[stableHash(params), 42]]);
    expect(cache.get(stableHash({ params: { exclude: ['food.y'], lexicon: 'food.x' }, id: 'lexicon' }))).toBe(42);
  });

  it('survives a cyclic value instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(typeof stableHash({ id: 'x', params: cyclic })).toBe('string');
  });
});
