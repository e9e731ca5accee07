import { describe, expect, it } from 'vitest';
import { aprByIrr, bulletLoan, levelPayments } from '../../../src/core/facts/loan/apr-irr';

describe('aprByIrr', () => {
  it('reproduces the PBOC example: 100,000 loan, 1,000 fee, 12 × 8,833.33', () => {
    const apr = aprByIrr({ principal: 100000, upfrontFees: 1000, payments: levelPayments(8833.33, 12), periodsPerYear: 12 });
    expect(apr).not.toBeNull();
    expect(apr!.simple * 100).toBeCloseTo(12.8, 2);
    expect(apr!.compound * 100).toBeCloseTo(13.58, 2);
  });

  it('borrow 5000, repay 500 a month for 12 months is about 35.07% simple', () => {
    const apr = aprByIrr({ principal: 5000, payments: levelPayments(500, 12), periodsPerYear: 12 });
    expect(apr!.simple * 100).toBeCloseTo(35.07, 2);
    expect(apr!.compound).toBeGreaterThan(apr!.simple);
  });

  it('万分之五 a day is 18.25% simple, whatever the term', () => {
    expect(bulletLoan(10000, 10000 * (1 + 0.0005 * 30), 30)!.simple * 100).toBeCloseTo(18.25, 6);
    expect(aprByIrr({ principal: 10000, payments: [10005], periodsPerYear: 365 })!.simple * 100).toBeCloseTo(18.25, 6);
  });

  it('an upfront deduction raises the rate above the nominal one', () => {
    const plain = aprByIrr({ principal: 10000, payments: levelPayments(900, 12), periodsPerYear: 12 })!;
    const deducted = aprByIrr({ principal: 10000, upfrontFees: 800, payments: levelPayments(900, 12), periodsPerYear: 12 })!;
    expect(deducted.simple).toBeGreaterThan(plain.simple + 0.1);
  });

  it('handles payday loans far above 100% a period', () => {
    const apr = bulletLoan(1000, 3000, 7);
    expect(apr!.periodicRate).toBeCloseTo(2, 6);
  });

  it('gives zero for an interest-free loan and a negative rate when less is repaid', () => {
    expect(aprByIrr({ principal: 1200, payments: levelPayments(100, 12), periodsPerYear: 12 })!.simple).toBeCloseTo(0, 8);
    expect(aprByIrr({ principal: 1200, payments: levelPayments(90, 12), periodsPerYear: 12 })!.simple).toBeLessThan(0);
  });

  it('returns null for input that is not a loan', () => {
    expect(aprByIrr({ principal: 0, payments: [100], periodsPerYear: 12 })).toBeNull();
    expect(aprByIrr({ principal: 1000, upfrontFees: 1000, payments: [100], periodsPerYear: 12 })).toBeNull();
    expect(aprByIrr({ principal: 1000, payments: [], periodsPerYear: 12 })).toBeNull();
    expect(aprByIrr({ principal: 1000, payments: [Number.NaN], periodsPerYear: 12 })).toBeNull();
    expect(aprByIrr({ principal: 1000, payments: [1100], periodsPerYear: 0 })).toBeNull();
    expect(bulletLoan(1000, 1100, 0)).toBeNull();
  });

  it('caps absurd instalment counts instead of allocating huge arrays', () => {
    expect(levelPayments(100, 1e9)).toEqual([]);
    expect(levelPayments(100, 3)).toEqual([100, 100, 100]);
  });
});
