// @vitest-environment node
// The `clone` stand-in, on what json-rules-engine clones: Condition-like class instances with
// nested conditions and fact results, events, priorities, names. Packs are JSON: no dates,
// shared or circular references ever reach it.
// @ts-expect-error the clone package ships no types (json-rules-engine's dependency, not ours)
import realClone from 'clone';
import { Rule } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import deepClone from '../../../src/extension/shims/deep-clone';

class Node {
  constructor(public all: unknown[] = []) {}
  isBooleanOperator() {
    return this.all.length > 0;
  }
}

for (const [name, clone] of [
  ['shim', deepClone],
  ['real clone', realClone as <T>(v: T) => T],
] as const) {
  describe(`deep clone (${name})`, () => {
    it('copies deeply and keeps prototypes, so a change to the copy leaves the original alone', () => {
      const leaf = Object.assign(new Node(), {
        fact: 'lexicon',
        params: { lexicon: 'loan.a', near: ['x'] },
        operator: 'greaterThan',
        value: 0,
        factResult: 2,
        result: true,
      });
      const tree = new Node([leaf, { any: [{ fact: 'x', value: [1, 2] }] }]);
      const copy = clone(tree);
      expect(copy).not.toBe(tree);
      expect(copy).toEqual(tree);
      expect(copy).toBeInstanceOf(Node);
      expect(copy.isBooleanOperator()).toBe(true);
      expect(copy.all[0]).toBeInstanceOf(Node);
      (copy.all[0] as { params: { near: string[] } }).params.near.push('y');
      expect(leaf.params.near).toEqual(['x']);
    });

    it('keeps primitives, undefined and null as they are', () => {
      for (const v of [1, 'loan.rule', true, null, undefined]) expect(clone(v)).toBe(v);
      expect(clone({ type: 'loan.rule', params: undefined })).toEqual({ type: 'loan.rule', params: undefined });
    });

    it('copies what json-rules-engine hands it: a RuleResult of a real rule, methods and all', () => {
      const rule = new Rule({
        name: 'r',
        conditions: { all: [{ fact: 'lexicon', params: { lexicon: 'loan.a' }, operator: 'greaterThan', value: 0 }] },
        event: { type: 'r' },
      });
      type Built = { toJSON(stringify: boolean): unknown; all: Array<{ params: object }> };
      const built = rule.conditions as unknown as Built;
      const copy = clone(built);
      expect(copy).not.toBe(built);
      expect(copy.toJSON(false)).toEqual(built.toJSON(false));
      expect(copy.all[0]!.params).toEqual({ lexicon: 'loan.a' });
      expect(copy.all[0]!.params).not.toBe(built.all[0]!.params);
    });
  });
}
