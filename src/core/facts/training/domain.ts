// The live-selling training-course page kind (rules/training-course.json).
import type { DomainModule } from '../domain-module';
import { trainingFacts } from './index';

export const trainingDomain: DomainModule = {
  kind: 'training-course',
  category: 'training',
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
