// The live-selling training-course page kind (rules/training-course.json).
import type { DomainModule } from '../domain-module';
import { trainingFacts } from './index';

export const trainingDomain: DomainModule = {
  kind: 'training-course',
  category: 'training',
  names: { zh: '直播带货、赚钱培训课', en: 'Live-selling and money-making courses' },
  covers: { zh: '保证收入、退费难', en: 'promised income, hard refunds' },
  risks: [
    'training.income-promise',
    'training.effortless-bait',
    'training.refund-trap',
    'training.pressure-sale',
    'training.elderly-targeting',
    'training.loan-financed',
  ],
  facts: trainingFacts,
};
