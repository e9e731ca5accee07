// Validated packs, merged into what the stages read: every lexicon by name, the negations, the
// rules and the classifier specs. Shared by the full rule set (ruleset.ts) and the gate the
// content script compiles on its own (scan-gate.ts), which must not pull in the engine.
import type { ClassifierSpec } from '../classify/classify';
import type { GrammarEntry } from '../match/grammar';
import type { LexiconSpec } from '../match/lexicon-matcher';
import type { CompiledRule } from './compiled-rule';

/** The shape of a validated pack, as far as the scanner needs it (see packs/pack-schema.ts). */
export interface PackData {
  id: string;
  version: string;
  lexicons: Record<string, LexiconSpec>;
  grammar?: Readonly<Record<string, Partial<GrammarEntry>>>;
  negations: readonly string[];
  classifier: readonly ClassifierSpec[];
  rules: readonly CompiledRule[];
}

export interface PackParts {
  lexicons: Record<string, LexiconSpec>;
  negations: string[];
  rules: CompiledRule[];
  classifiers: ClassifierSpec[];
}

export function packParts(packs: readonly PackData[]): PackParts {
  const lexicons: Record<string, LexiconSpec> = {};
  // Packs reach here validated, but be lenient about fields zod would have defaulted.
  for (const pack of packs) {
    for (const [name, spec] of Object.entries(pack.lexicons ?? {})) {
      lexicons[name] = {
        phrases: spec.phrases ?? [],
        patterns: spec.patterns ?? [],
        negatable: spec.negatable ?? false,
        ...(spec.needs ? { needs: spec.needs } : {}),
      };
    }
  }
  return {
    lexicons,
    negations: packs.flatMap((p) => p.negations ?? []),
    rules: packs.flatMap((p) => p.rules ?? []),
    classifiers: packs.flatMap((p) => p.classifier ?? []),
  };
}
