// The packs' vocabulary, read from the bundled packs as the scan reads them, for two jobs:
// synonym swaps (which phrases may replace which) and checking that "benign" noise is benign.
// Packs are read loosely (names and strings only) so this keeps working while their schema grows.
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';

export interface Lexicon {
  name: string;
  phrases: string[];
  patterns: RegExp[];
}

export interface Vocabulary {
  /**
   * Every lexicon named by a rule or a classifier entry: the words that can make a finding or a
   * page kind. (Lexicons that facts read as label vocabulary, such as food.field.otherLicenceTypes
   * with its "ICP", only matter next to a licence label.)
   */
  lexicons: Lexicon[];
  /** Every pack's negation words. */
  negations: string[];
  /**
   * Lexicons a synonym may be swapped in: named by some rule, not by any classifier entry
   * (page-kind signal lists are not synonyms of each other), with at least two plain phrases.
   */
  swappable: Lexicon[];
}

function compile(pattern: string): RegExp | null {
  for (const flags of ['gu', 'g']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try without the unicode flag
    }
  }
  return null;
}

function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

let cached: Vocabulary | undefined;

export function packVocabulary(): Vocabulary {
  if (cached) return cached;
  const packs = readPacks(bundledPackFiles()).packs.map((p) => p.pack as unknown as Record<string, unknown>);
  const lexicons: Lexicon[] = [];
  const negations: string[] = [];
  const inRules = new Set<string>();
  const inClassifier = new Set<string>();
  for (const pack of packs) {
    const lex = (pack.lexicons ?? {}) as Record<string, { phrases?: string[]; patterns?: string[] }>;
    for (const [name, l] of Object.entries(lex)) {
      lexicons.push({
        name,
        phrases: [...(l.phrases ?? [])],
        patterns: (l.patterns ?? []).map(compile).filter((r): r is RegExp => r !== null),
      });
    }
    negations.push(...((pack.negations as string[] | undefined) ?? []));
    for (const s of strings(pack.rules)) inRules.add(s);
    for (const s of strings(pack.classifier)) inClassifier.add(s);
  }
  const swappable = lexicons.filter((l) => inRules.has(l.name) && !inClassifier.has(l.name) && l.phrases.length >= 2);
  const detecting = lexicons.filter((l) => inRules.has(l.name) || inClassifier.has(l.name));
  cached = { lexicons: detecting, negations, swappable };
  return cached;
}

/** Every phrase, pattern or negation of the packs that occurs in the text, as "lexicon: match". */
export function vocabularyHits(text: string, vocabulary = packVocabulary()): string[] {
  const hits: string[] = [];
  for (const l of vocabulary.lexicons) {
    for (const p of l.phrases) if (text.includes(p)) hits.push(`${l.name}: ${p}`);
    for (const r of l.patterns) for (const m of text.matchAll(r)) hits.push(`${l.name}: /${r.source}/ ${m[0]}`);
  }
  for (const n of vocabulary.negations) if (text.includes(n)) hits.push(`negation: ${n}`);
  return hits;
}
