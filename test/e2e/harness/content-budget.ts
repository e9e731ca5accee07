// The content script's size budget, checked on the built extension before any browser starts:
// content.js runs on every page, so it must stay within its budget and without webextension-polyfill, and the page UI must stay in its own
// chunk (docs/decisions/0005-lazy-page-ui.md). Strings that survive minification tell the UI apart.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_UI_CHUNK } from '../../../src/extension/content/page-ui-loader';

export const CONTENT_SCRIPT = 'content-scripts/content.js';
/**
 * Bytes, minified (kB = 1000 bytes, as in docs/performance.md): 112.9 kB built after the pack grammar,
 * own-UI registry and domain registry landed (10:11), with a little room. The aim is 100 kB;
 * docs/performance.md says what the rest would take.
 */
export const CONTENT_SCRIPT_BUDGET = 115_000;

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

/** Problems with the build in `dir` (empty when it keeps the budget). */
export function contentBudgetProblems(dir: string): string[] {
  const problems: string[] = [];
  const content = readFileSync(join(dir, CONTENT_SCRIPT), 'utf8');
  const bytes = statSync(join(dir, CONTENT_SCRIPT)).size;
  if (bytes > CONTENT_SCRIPT_BUDGET)
    problems.push(`${CONTENT_SCRIPT} is ${bytes} bytes, over the budget of ${CONTENT_SCRIPT_BUDGET}`);
  const signs = UI_SIGNS.filter((s) => content.includes(s));
  if (signs.length) problems.push(`${CONTENT_SCRIPT} contains the page UI (${signs.join(', ')}): it belongs in ${PAGE_UI_CHUNK}`);
  if (content.includes(POLYFILL_SIGN))
    problems.push(`${CONTENT_SCRIPT} bundles webextension-polyfill: import extensionApi, not wxt/browser`);
  if (!existsSync(join(dir, PAGE_UI_CHUNK))) problems.push(`${PAGE_UI_CHUNK} is missing`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
  if (!JSON.stringify(manifest.web_accessible_resources ?? []).includes(PAGE_UI_CHUNK)) {
    problems.push(`manifest.json does not list ${PAGE_UI_CHUNK} in web_accessible_resources`);
  }
  return problems;
}
