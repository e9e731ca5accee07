// Everything that follows from the registered domains (domains.ts): the page kinds packs may
// name, the risk codes rules may report, the settings' categories, and (with the packs' `about`)
// the names people read. Nothing here lists a domain by hand; `other` (pages of no risky kind)
// and `common` (rules for any page) are the two entries that belong to no domain.
import type { Lang } from '../shared/types';
import type { CategoryAbout, CategoryInfo, DomainModule } from './domain-module';
import { DOMAINS } from './domains';

/** The kind of every page that is of no registered kind: news, shops, blogs … */
export const OTHER_KIND = 'other';

/** Rules for any page (rules/common.json), switched on and off like a domain. */
export const COMMON_CATEGORY: CategoryInfo = { category: 'common', risks: ['common.prechecked-consent'] };

type NonEmpty = readonly [string, ...string[]];

/** Page kinds a pack may name: every domain's, then `other`. */
export const PAGE_KINDS = [...DOMAINS.map((d) => d.kind), OTHER_KIND] as unknown as NonEmpty;

/** The settings' switches, in the order the options page shows them. */
export const CATEGORIES: readonly CategoryInfo[] = [...DOMAINS, COMMON_CATEGORY];
export const CATEGORY_NAMES = CATEGORIES.map((c) => c.category) as unknown as NonEmpty;

/** The stable risk codes of ../shared/risk-taxonomy.md that rules may report. */
export const RISK_CODES = CATEGORIES.flatMap((c) => c.risks) as unknown as NonEmpty;

/** Validated packs (pack-schema.ts), of which only `about` is read here. */
type Packs = readonly object[];

/** The packs' words for each category (their `about`), by category; the first pack wins. */
function aboutByCategory(packs: Packs): Map<string, CategoryAbout> {
  const found = new Map<string, CategoryAbout>();
  for (const pack of packs) {
    const about = 'about' in pack ? (pack.about as CategoryAbout | undefined) : undefined;
    if (about && !found.has(about.category)) found.set(about.category, about);
  }
  return found;
}

/** What people call each registered page kind, from its category's pack: {"loan": "网络贷款"}. */
export function kindNames(packs: Packs, lang: Lang): Record<string, string> {
  const about = aboutByCategory(packs);
  return Object.fromEntries(DOMAINS.map((d) => [d.kind, about.get(d.category)?.[lang].name ?? d.kind]));
}

/** A settings switch's label: "网络贷款（利息太高、先交费、乱收费）"; the category id when no pack describes it. */
export function categoryLabel(about: CategoryAbout | undefined, category: string, lang: Lang): string {
  if (!about) return category;
  return lang === 'zh' ? `${about.zh.name}（${about.zh.covers}）` : `${about.en.name} (${about.en.covers})`;
}

/** The settings' switches as the options page shows them: each category with its label in both languages. */
export function categorySwitches(packs: Packs): Array<{ name: string; label: Readonly<Record<Lang, string>> }> {
  const about = aboutByCategory(packs);
  return CATEGORIES.map(({ category }) => {
    const words = about.get(category);
    return { name: category, label: { zh: categoryLabel(words, category, 'zh'), en: categoryLabel(words, category, 'en') } };
  });
}

const ID = /^[a-z][a-z0-9-]*$/;

/**
 * What is wrong with a list of domains (empty when nothing): ids that are not lower-case
 * words, kinds or categories used twice or taken by `other` / `common`, risk codes outside
 * their category, facts defined by two domains. Run by the tests on the real registry.
 */
export function domainProblems(domains: readonly DomainModule[]): string[] {
  const problems: string[] = [];
  const kinds = new Set<string>([OTHER_KIND]);
  const categories = new Set<string>([COMMON_CATEGORY.category]);
  const facts = new Map<string, string>();
  for (const d of domains) {
    if (!ID.test(d.kind)) problems.push(`kind "${d.kind}" is not a lower-case id`);
    if (!/^[a-z]+$/.test(d.category)) problems.push(`${d.kind}: category "${d.category}" is not a lower-case word`);
    if (kinds.has(d.kind)) problems.push(`kind "${d.kind}" is registered twice (or is "other")`);
    if (categories.has(d.category)) problems.push(`${d.kind}: category "${d.category}" is used twice (or is "common")`);
    kinds.add(d.kind);
    categories.add(d.category);
    if (!d.risks.length) problems.push(`${d.kind}: no risk codes`);
    for (const risk of d.risks) {
      if (!new RegExp(`^${d.category}\\.[a-z0-9-]+$`).test(risk))
        problems.push(`${d.kind}: risk code "${risk}" does not start with "${d.category}."`);
    }
    for (const name of Object.keys(d.facts)) {
      const other = facts.get(name);
      if (other) problems.push(`fact "${name}" is defined by ${other} and ${d.kind}`);
      facts.set(name, d.kind);
    }
  }
  return problems;
}
