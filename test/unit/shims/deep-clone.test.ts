// @vitest-environment node
// The `clone` stand-in, on what json-rules-engine clones: Condition-like class instances with
// nested conditions and fact results, events, priorities, names.
// @ts-expect-error the clone package ships no types (json-rules-engine's dependency, not ours)
import realClone from 'clone';
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
      const leaf = Object.assign(new Node(), { fact: 'lexicon', params: { lexicon: 'loan.a', near: ['x'] }, operator: 'greaterThan', value: 0, factResult: 2, result: true });
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

    it('copies dates and keeps shared and circular references shared and circular', () => {
      const shared = { n: 1 };
      const value: Record<string, unknown> = { a: shared, b: shared, at: new Date(5) };
      value.self = value;
      const copy = clone(value);
      expect(copy.a).toBe(copy.b);
      expect(copy.a).not.toBe(shared);
      expect(copy.self).toBe(copy);
      expect((copy.at as Date).getTime()).toBe(5);
      expect(copy.at).not.toBe(value.at);
    });
  });
}
