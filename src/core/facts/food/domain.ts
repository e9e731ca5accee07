// The food-delivery shop page kind (rules/food-delivery.json).
import type { DomainModule } from '../domain-module';
import { foodFacts } from './index';

export const foodDomain: DomainModule = {
  kind: 'food-delivery',
  category: 'food',
  risks: ['food.license-missing', 'food.license-invalid', 'food.license-shared', 'food.name-mismatch', 'food.address-missing'],
  facts: foodFacts,
};
