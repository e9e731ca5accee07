// Loan facts: rates, APR by the IRR method, amounts borrowed vs received, fees.
import type { FactFamily } from '../fact-context';
import { feeFacts } from './fees';
import { flatRateFacts } from './flat-rate';
import { loanTermFacts } from './loan-terms';
import { rateFacts } from './rates';

export const loanFacts: FactFamily = { ...rateFacts, ...loanTermFacts, ...feeFacts, ...flatRateFacts };
