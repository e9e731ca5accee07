// The online-loan page kind (rules/loan.json).
import type { DomainModule } from '../domain-module';
import { loanFacts } from './index';

export const loanDomain: DomainModule = {
  kind: 'loan',
  category: 'loan',
  names: { zh: '网络贷款', en: 'Online loans' },
  covers: { zh: '利息太高、先交费、乱收费', en: 'excessive interest, upfront fees, hidden charges' },
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
