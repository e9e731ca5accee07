import { describe, expect, it } from 'vitest';
import { IntList } from '../../../src/core/shared/int-list';

describe('IntList', () => {
  it('keeps every pushed value in order across many growths', () => {
    const list = new IntList(1);
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 100_003) - 50_000);
    for (const v of values) list.push(v);
    expect(list.length).toBe(values.length);
    expect(Array.from(list.view())).toEqual(values);
    expect(list.get(0)).toBe(values[0]);
    expect(list.get(4999)).toBe(values[4999]);
    expect(list.last()).toBe(values[4999]);
  });

  it('answers undefined outside the list, like an array', () => {
    const list = new IntList();
    expect(list.get(0)).toBeUndefined();
    expect(list.last()).toBeUndefined();
    list.push(3);
    expect(list.get(-1)).toBeUndefined();
    expect(list.get(1)).toBeUndefined();
    expect(list.view().length).toBe(1);
  });
});
