// Turns validated packs into what a scan needs: the combined lexicon matcher, the classifier
// specs, and the rule engines. Built once; reused for every page and region. Takes packs that
// were validated already (at build time or on import), so zod never ships to the page.
import type { ClassifierSpec } from '../classify/classify';
import { RuleEngines } from './engine';
import { CONTROL_ONLY_FACTS } from '../facts/consent-facts';
import type { FactFamily, FactFn } from '../facts/fact-context';
import { factRegistry } from '../facts/index';
import { LexiconMatcher, type LexiconSpec } from '../match/lexicon-matcher';
import { mergeGrammars, type Grammar, type GrammarEntry } from '../match/grammar';
import { QuickReader } from '../classify/quick-read';
import { kindReadsOnly, needsACount } from './rule-facts';
import type { CompiledRule } from './compiled-rule';

export type { CompiledRule } from './compiled-rule';

/** The shape of a validated pack, as far as the scanner needs it (see rules/pack-schema.ts). */
export interface PackData {
  id: string;
  version: string;
  lexicons: Record<string, LexiconSpec>;
  grammar?: Readonly<Record<string, Partial<GrammarEntry>>>;
  negations: readonly string[];
  classifier: readonly ClassifierSpec[];
  rules: readonly CompiledRule[];
}

export interface Ruleset {
  readonly packs: readonly PackData[];
  readonly rules: ReadonlyMap<string, CompiledRule>;
  readonly matcher: LexiconMatcher;
  /** Every lexicon of every pack, by name. */
  readonly lexicons: Readonly<Record<string, LexiconSpec>>;
  /** Every pack's grammar, merged: the words fact extractors build their expressions from. */
  readonly grammar: Grammar;
  readonly classifiers: readonly ClassifierSpec[];
  readonly facts: ReadonlyMap<string, FactFn>;
  readonly engines: RuleEngines;
  readonly evidenceFrom: ReadonlyMap<string, readonly string[] | undefined>;
  /** Rules out page kinds from the raw text before any snapshot (quick-read.ts). */
  readonly quickReader: QuickReader;
  /** The `other` rules read only form controls: `other` pages need no text walk. */
  readonly otherReadsOnlyControls: boolean;
  /** ...and each needs at least one preset control: an `other` page without one needs no engine run. */
  readonly otherNeedsAControl: boolean;
}

export function compileRuleset(packs: readonly PackData[], families?: readonly FactFamily[]): Ruleset {
  const lexicons: Record<string, LexiconSpec> = {};
  // Packs reach here validated, but be lenient about fields zod would have defaulted.
  for (const pack of packs) {
    for (const [name, spec] of Object.entries(pack.lexicons ?? {})) {
      lexicons[name] = { phrases: spec.phrases ?? [], patterns: spec.patterns ?? [], negatable: spec.negatable ?? false };
    }
  }
  const negations = packs.flatMap((p) => p.negations ?? []);
  const allRules = packs.flatMap((p) => p.rules ?? []);
  const facts = factRegistry(families);
  const classifiers = packs.flatMap((p) => p.classifier ?? []);
  const otherReadsOnlyControls = kindReadsOnly(allRules, 'other', facts, CONTROL_ONLY_FACTS);
  const matcher = new LexiconMatcher(lexicons, negations);
  return {
    packs,
    rules: new Map(allRules.map((r) => [r.id, r])),
    matcher,
    lexicons,
    grammar: mergeGrammars(packs.map((p) => p.grammar)),
    classifiers,
    facts,
    engines: new RuleEngines(allRules, facts),
    evidenceFrom: new Map(allRules.map((r) => [r.id, r.evidenceFrom])),
    quickReader: new QuickReader(classifiers, lexicons),
    otherReadsOnlyControls,
    otherNeedsAControl:
      otherReadsOnlyControls &&
      allRules.filter((r) => r.pageKinds.includes('other')).every((r) => needsACount(r.conditions, facts, CONTROL_ONLY_FACTS)),
  };
}
