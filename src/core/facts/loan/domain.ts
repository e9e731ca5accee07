// The online-loan page kind (rules/loan.json).
import type { DomainModule } from '../domain-module';
import { loanFacts } from './index';

export const loanDomain: DomainModule = {
  kind: 'loan',
  category: 'loan',
  risks: [
    'loan.apr-not-shown',
    'loan.apr-over-cap',
    'loan.free-interest-with-fees',
    'loan.upfront-deduction',
    'loan.advance-fee',
    'loan.bundled-consent',
    'loan.no-credit-check-bait',
    'loan.debt-rollover',
    'loan.excessive-permissions',
  ],
  facts: loanFacts,
};
