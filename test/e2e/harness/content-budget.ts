// The content script's size budget, checked on the built extension before any browser starts:
// content.js runs on every page, so it must stay within its budget and without
// webextension-polyfill, and the page UI and the full scan must stay in their own chunks
// (docs/decisions/0005-lazy-page-ui.md, 0023-full-scan-chunk.md). Strings that survive
// minification tell them apart.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_SCAN_CHUNK } from '../../../src/extension/content/full-scan-loader';
import { PAGE_UI_CHUNK } from '../../../src/extension/content/page-ui-loader';

export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** Bytes, minified (kB = 1000 bytes, as in docs/performance.md): issue 19's budget. 29.5 kB built with the full-scan chunk. */
export const CONTENT_SCRIPT_BUDGET = 100_000;
export const CHUNKS = [PAGE_UI_CHUNK, FULL_SCAN_CHUNK] as const;

/** webextension-polyfill's own error text: the content script uses the browser's APIs (src/extension/content/extension-api.ts). */
const POLYFILL_SIGN = 'This script should only be loaded in a browser extension';

/** The UI's host element names (src/ui) and @floating-ui/dom's middleware data keys. */
const UI_SIGNS = [
  'mingbai-marker-layer',
  'mingbai-page-banner',
  'mingbai-confirm-dialog',
  'referenceHidden',
  'clippingAncestors',
];

/** json-rules-engine's own error text: the engine belongs in the full-scan chunk. */
const ENGINE_SIGN = 'Condition: constructor';

/** Problems with the build in `dir` (empty when it keeps the budget). */
export function contentBudgetProblems(dir: string): string[] {
  const problems: string[] = [];
  const content = readFileSync(join(dir, CONTENT_SCRIPT), 'utf8');
  const bytes = statSync(join(dir, CONTENT_SCRIPT)).size;
  if (bytes > CONTENT_SCRIPT_BUDGET)
    problems.push(`${CONTENT_SCRIPT} is ${bytes} bytes, over the budget of ${CONTENT_SCRIPT_BUDGET}`);
  const signs = UI_SIGNS.filter((s) => content.includes(s));
  if (signs.length) problems.push(`${CONTENT_SCRIPT} contains the page UI (${signs.join(', ')}): it belongs in ${PAGE_UI_CHUNK}`);
  if (content.includes(ENGINE_SIGN))
    problems.push(`${CONTENT_SCRIPT} contains json-rules-engine: it belongs in ${FULL_SCAN_CHUNK}`);
  if (content.includes(POLYFILL_SIGN))
    problems.push(`${CONTENT_SCRIPT} bundles webextension-polyfill: import extensionApi, not wxt/browser`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
  const listed = JSON.stringify(manifest.web_accessible_resources ?? []);
  for (const chunk of CHUNKS) {
    if (!existsSync(join(dir, chunk))) problems.push(`${chunk} is missing`);
    if (!listed.includes(chunk)) problems.push(`manifest.json does not list ${chunk} in web_accessible_resources`);
  }
  return problems;
}
