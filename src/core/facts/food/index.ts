// Food-delivery facts: licence section, USCC / licence-number validity, name match, memory.
import type { FactFamily } from '../fact-context';

export const foodFacts: FactFamily = {};
