// The bundled packs as content scripts get them: stripped to what scanning and the UI use, and
// answered to getContentPacks, so ~70 kB of pack data is not in every content script. A page
// first gets only what its gate reads (7 of 64 kB), the rest if it passes the gate
// (docs/decisions/0003-content-script-size.md), with what each of its patterns needs
// (packs/pattern-needs.ts), which the content script could not work out without the parser. They are no longer kept in storage.local, where a
// content script could overwrite them (docs/decisions/0014-lock-state-out-of-content-reach.md).
import type { PackData } from '../../core/evaluate/ruleset';
import { gatePackData } from '../../core/evaluate/scan-gate';
import { patternNeeds } from '../../core/packs/pattern-needs';
import type { ContentPacksPart, ContentPacksRecord } from '../protocol';

const LEXICON_KEYS = ['phrases', 'patterns', 'negatable'];
const GRAMMAR_KEYS = ['phrases', 'patterns', 'values'];
const RULE_KEYS = ['id', 'aliases', 'risk', 'severity', 'pageKinds', 'conditions', 'evidenceFrom', 'message', 'sources'];

const pick = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

/** Examples, descriptions, titles and $schema are for authors and tests: about a third of a pack's bytes. */
export function packForContent(pack: Record<string, unknown>): Record<string, unknown> {
  const lexicons = Object.fromEntries(
    Object.entries((pack.lexicons ?? {}) as Record<string, Record<string, unknown>>).map(([name, spec]) => [
      name,
      pick(spec, LEXICON_KEYS),
    ]),
  );
  const grammar = Object.fromEntries(
    Object.entries((pack.grammar ?? {}) as Record<string, Record<string, unknown>>).map(([name, entry]) => [
      name,
      pick(entry, GRAMMAR_KEYS),
    ]),
  );
  const rules = ((pack.rules ?? []) as Array<Record<string, unknown>>).map((rule) => pick(rule, RULE_KEYS));
  return {
    id: pack.id,
    version: pack.version,
    negations: pack.negations ?? [],
    classifier: pack.classifier ?? [],
    lexicons,
    grammar,
    rules,
  };
}

/** FNV-1a over the JSON: tells a rebuilt extension with the same version number from the old one. */
function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}

/** The gate's lexicons with what each pattern needs (LexiconSpec.needs), worked out here once, not on every page. */
function withPatternNeeds(pack: PackData): PackData {
  const lexicons = Object.fromEntries(
    Object.entries(pack.lexicons).map(([name, spec]) => [
      name,
      spec.patterns?.length ? { ...spec, needs: spec.patterns.map(patternNeeds) } : spec,
    ]),
  );
  return { ...pack, lexicons };
}

/**
 * `gate`: only what the gate reads (scan-gate.ts), which every page asks for first; `full`: what
 * the full scan reads, asked for by the pages that pass the gate.
 */
export function contentPacksRecord(
  bundled: ReadonlyArray<{ pack: unknown }>,
  version: string,
  part: ContentPacksPart = 'full',
): ContentPacksRecord {
  const stripped = bundled.map((b) => packForContent(b.pack as Record<string, unknown>)) as unknown as PackData[];
  const packs = part === 'gate' ? gatePackData(stripped).map(withPatternNeeds) : stripped;
  return { version, digest: digestOf(JSON.stringify(packs)), packs };
}
