// From everything the scan found to what this reader sees: categories (by the risk code's
// domain), the sensitivity profile, and the rules the reader said were wrong on this site.
import { filterBySensitivity } from '../../core/report/findings';
import type { Finding } from '../../core/shared/types';
import type { ContentConfig } from '../protocol';

/**
 * The category a risk code belongs to: "food" for food.license-shared. Packs are checked against
 * the registered categories when they load, so the page's script needs no list of them.
 */
export function categoryOf(risk: string): string | undefined {
  const dot = risk.indexOf('.');
  return dot > 0 ? risk.slice(0, dot) : undefined;
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
export function filterFindings(
  findings: readonly Finding[],
  settings: FilterSettings,
  aliasesOf: (ruleId: string) => readonly string[] = () => [],
): Finding[] {
  const dismissed = new Set(settings.dismissedRules);
  const shown = findings.filter((f) => {
    const category = categoryOf(f.risk);
    // A category the settings do not mention is shown: a missing switch never hides a warning.
    if (!category || settings.categories[category] === false) return false;
    if (dismissed.has(f.ruleId)) return false;
    return !aliasesOf(f.ruleId).some((alias) => dismissed.has(alias));
  });
  return filterBySensitivity(shown, settings.sensitivity);
}
