// Stands in for hash-it in the extension bundles (aliased in wxt.config.ts). json-rules-engine
// calls it only in fact.js, to key its per-run fact cache on {id, params}. Params come from pack
// JSON (strings, numbers, booleans, checked at load), and for JSON values the JSON text is a key
// that never collides. The same params written in another key order only miss that cache, and
// the scan's own FactMemo (src/core/facts/fact-context.ts, keys sorted) answers them.

export default function stableHash(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
