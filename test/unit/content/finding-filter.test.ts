import { describe, expect, it } from 'vitest';
import { categoryOf, filterFindings, type FilterSettings } from '../../../src/extension/content/finding-filter';
import { makeFinding } from './make-finding';

const all = [
  makeFinding('loan.advance-fee', 'danger', [undefined], 'loan.advance-fee.before-disbursement'),
  makeFinding('loan.no-credit-check-bait', 'info', [undefined], 'loan.no-credit-check-bait.instant-approval'),
  makeFinding('food.license-missing', 'caution', [undefined], 'food.license-missing.none-shown'),
  makeFinding('training.pressure-sale', 'caution', [undefined], 'training.pressure-sale.deadline'),
  makeFinding('common.prechecked-consent', 'caution', [undefined], 'common.prechecked-consent.commitment'),
];
const everything: FilterSettings = {
  sensitivity: 'elder',
  categories: { loan: true, food: true, training: true, common: true },
  dismissedRules: [],
};
const risks = (settings: FilterSettings, aliases?: (id: string) => string[]) =>
  filterFindings(all, settings, aliases).map((f) => f.risk);

describe('filterFindings', () => {
  it('maps risk codes to their category', () => {
    expect(categoryOf('food.license-shared')).toBe('food');
    expect(categoryOf('common.prechecked-consent')).toBe('common');
    expect(categoryOf('weird.thing')).toBe('weird');
    expect(categoryOf('nodot')).toBeUndefined();
  });

  it('shows a category the settings do not mention: a missing switch never hides a warning', () => {
    expect(risks({ ...everything, categories: {} })).toHaveLength(5);
    expect(risks({ ...everything, categories: { loan: false } })).toEqual([
      'food.license-missing',
      'training.pressure-sale',
      'common.prechecked-consent',
    ]);
  });

  it('applies the sensitivity profile', () => {
    expect(risks(everything)).toHaveLength(5);
    expect(risks({ ...everything, sensitivity: 'standard' })).toEqual([
      'loan.advance-fee',
      'food.license-missing',
      'training.pressure-sale',
      'common.prechecked-consent',
    ]);
    expect(risks({ ...everything, sensitivity: 'relaxed' })).toEqual(['loan.advance-fee']);
  });

  it('hides switched-off categories', () => {
    const settings = { ...everything, categories: { loan: false, food: true, training: false, common: true } };
    expect(risks(settings)).toEqual(['food.license-missing', 'common.prechecked-consent']);
  });

  it('hides rules dismissed on this site, also under a former id', () => {
    expect(risks({ ...everything, dismissedRules: ['food.license-missing.none-shown'] })).not.toContain('food.license-missing');
    const aliases = (id: string) => (id === 'training.pressure-sale.deadline' ? ['training.countdown-old'] : []);
    expect(risks({ ...everything, dismissedRules: ['training.countdown-old'] }, aliases)).not.toContain('training.pressure-sale');
    expect(risks({ ...everything, dismissedRules: ['training.countdown-old'] })).toContain('training.pressure-sale');
  });
});
