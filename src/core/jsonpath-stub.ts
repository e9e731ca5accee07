// Stands in for jsonpath-plus in the content script build only (WXT vite `resolve.alias`, see
// docs/decisions/0002-scan-performance.md). json-rules-engine imports jsonpath-plus for the
// `path` property of conditions; our pack schema forbids `path`, so it is never called, yet it
// was the largest single file of the content script (~25 kB minified).

export function JSONPath(): never {
  throw new Error('jsonpath-plus is not bundled in the content script: rule conditions must not use `path`');
}
