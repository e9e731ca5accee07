// What a page kind brings to the core, in one object: its id, its settings switch (also the
// prefix of its risk codes), its risk codes and its facts. Each domain folder (facts/loan/,
// facts/food/ …) exports one from its domain.ts; facts/domains.ts registers it in one line, and
// everything else derives from that list (docs/adding-a-page-kind.md). Its words for people
// (name, what it covers) are pack data, like all its words: the pack's `about`.
import type { FactFamily } from './fact-context';

/** A switch in the settings ("what to warn about"): a domain's, or the shared `common` one. */
export interface CategoryInfo {
  /** The settings key and the prefix of every risk code in it: "food" for food.license-missing. */
  readonly category: string;
  /** Its codes of ../shared/risk-taxonomy.md, each `<category>.<name>`. */
  readonly risks: readonly string[];
}

/** A pack's `about` (pack-schema.ts): the words people read for a category and its page kind. */
export interface CategoryAbout {
  readonly category: string;
  readonly zh: { readonly name: string; readonly covers: string };
  readonly en: { readonly name: string; readonly covers: string };
}

export interface DomainModule extends CategoryInfo {
  /** The page kind packs name in `pageKinds` and in classifier entries: "food-delivery". */
  readonly kind: string;
  /** The facts its rules read beyond the shared ones (lexicon, presetBoxes). */
  readonly facts: FactFamily;
}
