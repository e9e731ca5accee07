// From everything the scan found to what this reader sees: categories (by the risk code's
// domain), the sensitivity profile, and the rules the reader said were wrong on this site.
import { filterBySensitivity } from '../../core/report/findings';
import type { Finding } from '../../core/shared/types';
import type { ContentConfig } from '../protocol';

type Category = keyof ContentConfig['categories'];

const CATEGORY_OF_PREFIX: Record<string, Category> = { loan: 'loan', food: 'food', training: 'training', common: 'common' };

export function categoryOf(risk: string): Category | undefined {
  return CATEGORY_OF_PREFIX[risk.slice(0, risk.indexOf('.'))];
}

export interface FilterSettings {
  sensitivity: ContentConfig['sensitivity'];
  categories: ContentConfig['categories'];
  /** Rule ids (or their old aliases) not to show here. */
  dismissedRules: Iterable<string>;
}

/**
 * `aliasesOf` maps a rule id to its former ids, so a dismissal recorded before a rule was
 * renamed still hides it.
 */
export function filterFindings(findings: readonly Finding[], settings: FilterSettings, aliasesOf: (ruleId: string) => readonly string[] = () => []): Finding[] {
  const dismissed = new Set(settings.dismissedRules);
  const shown = findings.filter((f) => {
    const category = categoryOf(f.risk);
    if (!category || !settings.categories[category]) return false;
    if (dismissed.has(f.ruleId)) return false;
    return !aliasesOf(f.ruleId).some((alias) => dismissed.has(alias));
  });
  return filterBySensitivity(shown, settings.sensitivity);
}
