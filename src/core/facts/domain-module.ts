// What a page kind brings to the core, in one object: its id, its settings switch (also the
// prefix of its risk codes), its names for people, its risk codes and its facts. Each domain
// folder (facts/loan/, facts/food/ …) exports one from its domain.ts; facts/domains.ts registers
// it in one line, and everything else derives from that list (docs/adding-a-page-kind.md).
import type { Lang } from '../shared/types';
import type { FactFamily } from './fact-context';

/** A short text in each of the reader's languages. */
export type Words = Readonly<Record<Lang, string>>;

/** A switch in the settings ("what to warn about"): a domain's, or the shared `common` one. */
export interface CategoryInfo {
  /** The settings key and the prefix of every risk code in it: "food" for food.license-missing. */
  readonly category: string;
  /** What people call it (the CLI's page kind, the options page). */
  readonly names: Words;
  /** What its warnings are about, shown next to its switch. */
  readonly covers: Words;
  /** Its codes of ../shared/risk-taxonomy.md, each `<category>.<name>`. */
  readonly risks: readonly string[];
}

export interface DomainModule extends CategoryInfo {
  /** The page kind packs name in `pageKinds` and in classifier entries: "food-delivery". */
  readonly kind: string;
  /** The facts its rules read beyond the shared ones (lexicon, presetBoxes). */
  readonly facts: FactFamily;
}
