import { describe, expect, it } from 'vitest';
import { flatRateApr } from '../../../src/core/facts/loan/flat-rate';

describe('flatRateApr', () => {
  it('a rate charged flat on the original principal costs nearly twice as much by IRR', () => {
    // 20% flat, 12 months: 10,000 repaid as 12 × 1,000 — the 35.07% of "borrow 5,000, repay 500 a month".
    expect(flatRateApr(20)).toBeCloseTo(35.07, 1);
    expect(flatRateApr(12)).toBeGreaterThan(21);
    expect(flatRateApr(12)).toBeLessThan(22);
  });
  it('no interest stays no interest', () => {
    expect(flatRateApr(0)).toBeCloseTo(0, 6);
  });
});
