// Everything that follows from the registered domains (domains.ts): the page kinds packs may
// name, the risk codes rules may report, the settings' categories and the names people read.
// Nothing here lists a domain by hand; `other` (pages of no risky kind) and `common` (rules for
// any page) are the two entries that belong to no domain.
import type { PageKind, Lang } from '../shared/types';
import type { CategoryInfo, DomainModule, Words } from './domain-module';
import { DOMAINS } from './domains';

/** The kind of every page that is of no registered kind: news, shops, blogs … */
export const OTHER_KIND = 'other';
const OTHER_NAMES: Words = { zh: '其他页面', en: 'Other page' };

/** Rules for any page (rules/common.json), switched on and off like a domain. */
export const COMMON_CATEGORY: CategoryInfo = {
  category: 'common',
  names: { zh: '其他常见陷阱', en: 'Other common traps' },
  covers: { zh: '例如替您默认勾选的同意框', en: 'such as consent boxes ticked for you' },
  risks: ['common.prechecked-consent'],
};

type NonEmpty = readonly [string, ...string[]];

/** Page kinds a pack may name: every domain's, then `other`. */
export const PAGE_KINDS = [...DOMAINS.map((d) => d.kind), OTHER_KIND] as unknown as NonEmpty;

/** The settings' switches, in the order the options page shows them. */
export const CATEGORIES: readonly CategoryInfo[] = [...DOMAINS, COMMON_CATEGORY];
export const CATEGORY_NAMES = CATEGORIES.map((c) => c.category) as unknown as NonEmpty;

/** The stable risk codes of ../shared/risk-taxonomy.md that rules may report. */
export const RISK_CODES = CATEGORIES.flatMap((c) => c.risks) as unknown as NonEmpty;

/** What people call a page kind; the id itself for a kind no domain has. */
export function kindName(kind: PageKind, lang: Lang): string {
  if (kind === OTHER_KIND) return OTHER_NAMES[lang];
  return DOMAINS.find((d) => d.kind === kind)?.names[lang] ?? kind;
}

/** A settings switch's label: "网络贷款（利息太高、先交费、乱收费）". */
export function categoryLabel(info: CategoryInfo, lang: Lang): string {
  return lang === 'zh' ? `${info.names.zh}（${info.covers.zh}）` : `${info.names.en} (${info.covers.en})`;
}

/** The settings' switches as the options page shows them: each category with its label in both languages. */
export function categorySwitches(): Array<{ name: string; label: Words }> {
  return CATEGORIES.map((c) => ({ name: c.category, label: { zh: categoryLabel(c, 'zh'), en: categoryLabel(c, 'en') } }));
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
      if (!new RegExp(`^${d.category}\\.[a-z0-9-]+$`).test(risk)) problems.push(`${d.kind}: risk code "${risk}" does not start with "${d.category}."`);
    }
    for (const lang of ['zh', 'en'] as const) {
      if (!d.names[lang]?.trim() || !d.covers[lang]?.trim()) problems.push(`${d.kind}: names and covers need ${lang} text`);
    }
    for (const name of Object.keys(d.facts)) {
      const other = facts.get(name);
      if (other) problems.push(`fact "${name}" is defined by ${other} and ${d.kind}`);
      facts.set(name, d.kind);
    }
  }
  return problems;
}
