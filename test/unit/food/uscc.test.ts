import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckChar } from '../../../src/core/facts/food/uscc';

describe('isValidUscc (GB 32100-2015)', () => {
  it("rejects the standard's own example, whose correct check character is 3", () => {
    expect(isValidUscc('91350100M000100Y4Z')).toBe(false);
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('accepts real codes', () => {
    for (const code of ['914403001922038216', '9144030071526726XG', '91330100716105852F'])
      expect(isValidUscc(code), code).toBe(true);
  });

  it('rejects a code with one character changed', () => {
    expect(isValidUscc('914403001922038217')).toBe(false);
    expect(isValidUscc('914403001922038226')).toBe(false);
  });

  it('reads lowercase, spaces, hyphens and full-width characters as the same number', () => {
    expect(isValidUscc('9144030071526726xg')).toBe(true);
    expect(isValidUscc(' 9133 0100 7161 0585 2F ')).toBe(true);
    expect(isValidUscc('913301-0071610-5852F')).toBe(true);
    expect(isValidUscc('９１３３０１００７１６１０５８５２Ｆ')).toBe(true);
  });

  it('rejects the wrong length', () => {
    expect(isValidUscc('91330100716105852')).toBe(false);
    expect(isValidUscc('91330100716105852FF')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });

  it('rejects characters outside the set (I, O, Z, S, V, punctuation) and letters in the region digits', () => {
    // Same position, letters the standard leaves out.
    for (const bad of ['I', 'O', 'Z', 'S', 'V']) expect(isValidUscc(`9133010071610585${bad}F`), bad).toBe(false);
    expect(isValidUscc('9133010071610585.F')).toBe(false);
    expect(isValidUscc('91A30100716105852F')).toBe(false);
    expect(usccCheckChar('9133010071610585I')).toBeNull();
    expect(usccCheckChar('short')).toBeNull();
  });
});
