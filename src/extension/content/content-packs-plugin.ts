// Build-time (Vite plugin, registered in wxt.config.ts): the rule packs bundled into the
// content script keep only what scanning and the UI use. Examples, descriptions, titles and
// $schema are for authors and tests; dropping them saves about a third of the packs' bytes.
// Only imports marked with PACKS_FOR_CONTENT_QUERY are touched (see bundled-packs.ts); tests,
// the CLI and the background see the packs whole.

export const PACKS_FOR_CONTENT_QUERY = 'mingbai-content';

const LEXICON_KEYS = ['phrases', 'patterns', 'negatable'];
const RULE_KEYS = ['id', 'aliases', 'risk', 'severity', 'pageKinds', 'conditions', 'evidenceFrom', 'message', 'sources'];

const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

export function packForContent(pack: Record<string, unknown>): Record<string, unknown> {
  const lexicons = Object.fromEntries(Object.entries((pack.lexicons ?? {}) as Record<string, Record<string, unknown>>).map(([name, spec]) => [name, pick(spec, LEXICON_KEYS)]));
  const rules = ((pack.rules ?? []) as Array<Record<string, unknown>>).map((rule) => pick(rule, RULE_KEYS));
  return { id: pack.id, version: pack.version, negations: pack.negations ?? [], classifier: pack.classifier ?? [], lexicons, rules };
}

export function contentPacksPlugin() {
  return {
    name: 'mingbai-content-packs',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.endsWith(`.json?${PACKS_FOR_CONTENT_QUERY}`)) return null;
      return { code: JSON.stringify(packForContent(JSON.parse(code) as Record<string, unknown>)), map: null };
    },
  };
}
