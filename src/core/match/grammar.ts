// The packs' grammar: labels, units and numerals that fact extractors build their expressions
// from (issue 16: vocabulary is pack data). An extractor names the entries it reads; the compiled
// expressions are built once per ruleset and kept while the ruleset lives.

import { escapeInClass, escapeRegExp as escape } from './regex-source';

export interface GrammarEntry {
  readonly phrases: readonly string[];
  readonly patterns: readonly string[];
  readonly values: Readonly<Record<string, number>>;
}

export type Grammar = Readonly<Record<string, GrammarEntry>>;

/** Reads a grammar: an absent entry reads as empty (never matches), so a missing name cannot crash a scan. */
export class GrammarReader {
  constructor(readonly grammar: Grammar) {}

  private entry(name: string): GrammarEntry | undefined {
    return Object.prototype.hasOwnProperty.call(this.grammar, name) ? this.grammar[name] : undefined;
  }

  /** The entry's words and patterns as one non-capturing alternation, longest phrase first. */
  source(name: string): string {
    const entry = this.entry(name);
    if (!entry) return '(?:(?!))';
    const words = [...entry.phrases, ...Object.keys(entry.values)];
    const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape);
    alternatives.push(...entry.patterns);
    return alternatives.length ? `(?:${alternatives.join('|')})` : '(?:(?!))';
  }

  /** Single-character words as the inside of a character class ("零一二…"), for [..]{1,5} runs. */
  chars(name: string): string {
    const entry = this.entry(name);
    if (!entry) return '';
    const words = [...entry.phrases, ...Object.keys(entry.values)].filter((w) => [...w].length === 1);
    return [...new Set(words)].map(escapeInClass).join('');
  }

  /** The words an entry gives values to, with those values. */
  values(name: string): ReadonlyMap<string, number> {
    return new Map(Object.entries(this.entry(name)?.values ?? {}));
  }

  /** The entry's plain words. */
  phrases(name: string): readonly string[] {
    return this.entry(name)?.phrases ?? [];
  }
}

const compiled = new WeakMap<Grammar, Map<unknown, unknown>>();

/** `build(reader)` once per grammar (so once per ruleset) and per builder. */
export function compiledGrammar<T>(grammar: Grammar, build: (reader: GrammarReader) => T): T {
  let byBuilder = compiled.get(grammar);
  if (!byBuilder) compiled.set(grammar, (byBuilder = new Map()));
  if (!byBuilder.has(build)) byBuilder.set(build, build(new GrammarReader(grammar)));
  return byBuilder.get(build) as T;
}

/** Merges the packs' grammars; a later pack's entry of the same name adds its words. */
export function mergeGrammars(grammars: ReadonlyArray<Readonly<Record<string, Partial<GrammarEntry>>> | undefined>): Grammar {
  const out: Record<string, GrammarEntry> = {};
  for (const grammar of grammars) {
    for (const [name, entry] of Object.entries(grammar ?? {})) {
      const before = out[name];
      out[name] = {
        phrases: [...(before?.phrases ?? []), ...(entry.phrases ?? [])],
        patterns: [...(before?.patterns ?? []), ...(entry.patterns ?? [])],
        values: { ...before?.values, ...entry.values },
      };
    }
  }
  return out;
}
