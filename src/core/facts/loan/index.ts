// Loan facts: rates, APR by the IRR method, amounts borrowed vs received, fees.
import type { FactFamily } from '../fact-context';

export const loanFacts: FactFamily = {};
