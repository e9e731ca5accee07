// Stands in for jsonpath-plus in the extension bundles. json-rules-engine imports it only to
// resolve a condition's `path`, which Mingbai's pack schema does not allow; the real library
// builds code with `new Function`, which extension review (web-ext lint) flags and a strict
// CSP forbids. Aliased in wxt.config.ts.
export function JSONPath(): never {
  throw new Error('Mingbai rule conditions have no "path" (see src/core/packs/pack-schema.ts)');
}
