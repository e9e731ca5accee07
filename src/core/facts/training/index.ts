// Training-course facts: income promises with numbers, countdowns, elderly targeting.
import type { FactFamily } from '../fact-context';

export const trainingFacts: FactFamily = {};
