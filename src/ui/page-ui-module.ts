// Entry of the page-UI chunk (content-scripts/page-ui.js, an ES module built by
// scripts/build-chunks.ts). The content script imports it at run time only when a page has
// findings to show, so the UI and @floating-ui cost nothing on the other pages
// (docs/decisions/0005-lazy-page-ui.md). It needs no extension API: everything comes in as
// arguments, so the chunk bundles no webextension-polyfill.
import { PageUi, type PageUiCallbacks } from './page-ui';

export type { PageUi, PageUiCallbacks };

export function createPageUi(doc: Document, callbacks: PageUiCallbacks): PageUi {
  return new PageUi(doc, callbacks);
}

/** What the content script gets from `import()` of the chunk. */
export interface PageUiModule {
  createPageUi(doc: Document, callbacks: PageUiCallbacks): PageUi;
}
