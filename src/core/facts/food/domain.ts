// The food-delivery shop page kind (rules/food-delivery.json).
import type { DomainModule } from '../domain-module';
import { foodFacts } from './index';

export const foodDomain: DomainModule = {
  kind: 'food-delivery',
  category: 'food',
  names: { zh: '外卖和网上食品店', en: 'Food delivery and online food shops' },
  covers: { zh: '没有许可证、证照不符', en: 'no licence, mismatched licence' },
  risks: ['food.license-missing', 'food.license-invalid', 'food.license-shared', 'food.name-mismatch', 'food.address-missing'],
  facts: foodFacts,
};
