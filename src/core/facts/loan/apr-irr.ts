// APR by the internal-rate-of-return method (PBOC announcement 〔2021〕No.3): the periodic rate
// at which what the borrower actually receives equals the present value of what they repay.
// Fees taken at disbursement reduce what is received; that is how 砍头息 raises the true rate.

export interface LoanCashFlows {
  /** Amount on the contract (借款金额). */
  principal: number;
  /** Fees paid at disbursement or deducted from the principal (服务费 taken up front …). */
  upfrontFees?: number;
  /** Repayment at the end of period 1, 2, … n. */
  payments: readonly number[];
  /** 12 for monthly instalments, 52 for weekly, 365/days for one payment after `days`. */
  periodsPerYear: number;
}

export interface AprResult {
  /** IRR per period, as a fraction. */
  periodicRate: number;
  /** periodicRate × periodsPerYear: the "单利" APR lenders must show. */
  simple: number;
  /** (1 + periodicRate)^periodsPerYear − 1. */
  compound: number;
}

const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-12;

/** Net present value at periodic rate r of receiving `received` now and paying `payments`. */
function npv(received: number, payments: readonly number[], r: number): number {
  let value = received;
  let discount = 1;
  for (const p of payments) {
    discount /= 1 + r;
    value -= p * discount;
  }
  return value;
}

/**
 * Solves the periodic IRR by bisection (npv rises monotonically with r for a loan: money in
 * first, money out later), so it always converges. Null for input that is not a loan:
 * nothing received, no repayments, or numbers that are not finite.
 */
export function aprByIrr(flows: LoanCashFlows): AprResult | null {
  const received = flows.principal - (flows.upfrontFees ?? 0);
  const { payments, periodsPerYear } = flows;
  if (!(received > 0) || !payments.length || !(periodsPerYear > 0)) return null;
  if (!payments.every((p) => Number.isFinite(p) && p >= 0) || !Number.isFinite(received)) return null;
  if (!payments.some((p) => p > 0)) return null;

  let lo = -0.999999;
  let hi = 1;
  // Payday-style loans can exceed 100% per period: widen until the root is bracketed.
  for (let i = 0; i < 60 && npv(received, payments, hi) < 0; i++) hi *= 2;
  if (npv(received, payments, hi) < 0) return null;
  for (let i = 0; i < MAX_ITERATIONS && hi - lo > TOLERANCE; i++) {
    const mid = (lo + hi) / 2;
    if (npv(received, payments, mid) < 0) lo = mid;
    else hi = mid;
  }
  const periodicRate = (lo + hi) / 2;
  return {
    periodicRate,
    simple: periodicRate * periodsPerYear,
    compound: Math.pow(1 + periodicRate, periodsPerYear) - 1,
  };
}

/** n equal instalments. */
export const levelPayments = (instalment: number, count: number): number[] =>
  count > 0 && count <= 600 ? Array.from({ length: count }, () => instalment) : [];

/** One repayment of `total` after `days` days (到期一次性还本付息). */
export function bulletLoan(principal: number, total: number, days: number, upfrontFees = 0): AprResult | null {
  if (!(days > 0)) return null;
  return aprByIrr({ principal, upfrontFees, payments: [total], periodsPerYear: 365 / days });
}
