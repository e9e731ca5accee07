// Where the page-UI chunk is in the built extension, and how the content script loads it.
// wxt.config.ts builds it there (scripts/build-chunks.ts) and lists it as a web-accessible
// resource: Chrome fetches a content script's import() only from those (docs/permissions.md).
import type { PageUiModule } from '../../ui/page-ui-module';

export const PAGE_UI_CHUNK = 'content-scripts/page-ui.js';

// The global `chrome` (Chrome, and Firefox too), not the bundled polyfill: Mozilla's linter
// accepts import() only of a literal `chrome.runtime.getURL(…)` / `browser.runtime.getURL(…)`,
// and minification would rename the polyfill's `browser`. getURL is synchronous in both.
declare const chrome: { runtime: { getURL(path: string): string } };

export function loadPageUiChunk(): Promise<PageUiModule> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(PAGE_UI_CHUNK)) as Promise<PageUiModule>;
}
