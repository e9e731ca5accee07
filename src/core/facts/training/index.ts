// Training-course facts: income promises with figures, countdown elements, and phrases that
// count only near other phrases (elderly audience near income, instalments near tuition).
import type { FactFamily } from '../fact-context';
import { countdownFacts } from './countdown-facts';
import { incomeFacts } from './income-facts';
import { nearbyFacts } from './nearby-facts';

export const trainingFacts: FactFamily = { ...incomeFacts, ...countdownFacts, ...nearbyFacts };
