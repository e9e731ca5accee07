import { describe, expect, it } from 'vitest';
import { leavesOf, walkConditions, type ConditionVisit } from '../../../src/core/evaluate/conditions';

const tree = {
  all: [
    { fact: 'a', operator: 'equal', value: 1 },
    {
      any: [
        { fact: 'b', operator: 'equal', value: 1, params: { lexicon: 'x' } },
        { not: { fact: 'c', operator: 'equal', value: true } },
      ],
    },
    { condition: 'shared' },
  ],
};

describe('walkConditions', () => {
  it('visits all, any, not and leaves in pre-order, with where each sits', () => {
    const seen: string[] = [];
    walkConditions(tree, (v) => {
      seen.push(`${v.kind}@${v.at.join('.')}`);
    });
    expect(seen).toEqual([
      'all@',
      'leaf@all.0',
      'any@all.1',
      'leaf@all.1.any.0',
      'not@all.1.any.1',
      'leaf@all.1.any.1.not',
      'unknown@all.2',
    ]);
  });

  it('stays out of the children of a node whose visitor says skip', () => {
    const leaves: string[] = [];
    walkConditions(tree, (v: ConditionVisit) => {
      if (v.kind === 'any') return 'skip';
      if (v.kind === 'leaf') leaves.push(v.node.fact);
    });
    expect(leaves).toEqual(['a']);
  });

  it('takes anything without throwing: null, arrays, strings are unknown nodes', () => {
    for (const odd of [null, undefined, 'x', 3, [], { not: [] }, { all: 'no' }]) {
      const kinds: string[] = [];
      walkConditions(odd, (v) => {
        kinds.push(v.kind);
      });
      expect(kinds).toEqual(['unknown']);
    }
  });
});

describe('leavesOf', () => {
  it('lists every leaf with its path, under not as well', () => {
    expect(leavesOf(tree).map(({ node, at }) => [node.fact, at.join('.')])).toEqual([
      ['a', 'all.0'],
      ['b', 'all.1.any.0'],
      ['c', 'all.1.any.1.not'],
    ]);
  });
});
