import { describe, expect, it } from 'vitest';
import { HitList, hitBlocks } from '../../../src/core/match/hit-list';

describe('HitList', () => {
  const text = '30天免息\n另收服务费和手续费';
  const list = new HitList('fee', text);
  list.push(8, 11, 1);
  list.push(12, 15, 1);

  it('keeps each hit as numbers and cuts its text from the page text', () => {
    expect(list.length).toBe(2);
    expect([list.start(1), list.end(1), list.block(1)]).toEqual([12, 15, 1]);
    expect(list.match(0)).toBe('服务费');
    expect(list.lastEnd()).toBe(15);
    expect(list.at(1)).toEqual({ lexicon: 'fee', match: '手续费', block: 1, start: 12, end: 15 });
    expect(list.toArray().map((h) => h.match)).toEqual(['服务费', '手续费']);
  });

  it('reports no last end and no blocks when empty', () => {
    expect(new HitList('x', text).lastEnd()).toBe(-1);
    expect(hitBlocks(undefined).size).toBe(0);
    expect([...hitBlocks(list)]).toEqual([1]);
  });
});
