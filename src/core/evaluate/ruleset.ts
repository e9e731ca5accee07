// Turns validated packs into what a scan needs: the combined lexicon matcher, the classifier
// specs, and the rule engines. Built once; reused for every page and region. Takes packs that
// were validated already (at build time or on import), so zod never ships to the page.
import type { ClassifierSpec } from '../classify/classify';
import { RuleEngines } from './engine';
import type { FactFamily, FactFn } from '../facts/fact-context';
import { factRegistry } from '../facts/index';
import { LexiconMatcher, type LexiconSpec } from '../match/lexicon-matcher';
import { mergeGrammars, type Grammar } from '../match/grammar';
import { compileGate, type ScanGate } from './scan-gate';
import { packParts, type PackData } from './pack-parts';
import type { CompiledRule } from './compiled-rule';

export type { CompiledRule } from './compiled-rule';

export type { PackData } from './pack-parts';

export interface Ruleset extends ScanGate {
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
}

export function compileRuleset(packs: readonly PackData[], families?: readonly FactFamily[]): Ruleset {
  const parts = packParts(packs);
  const facts = factRegistry(families);
  return {
    packs,
    rules: new Map(parts.rules.map((r) => [r.id, r])),
    matcher: new LexiconMatcher(parts.lexicons, parts.negations),
    lexicons: parts.lexicons,
    grammar: mergeGrammars(packs.map((p) => p.grammar)),
    classifiers: parts.classifiers,
    facts,
    engines: new RuleEngines(parts.rules, facts),
    evidenceFrom: new Map(parts.rules.map((r) => [r.id, r.evidenceFrom])),
    ...compileGate(parts, facts),
  };
}
