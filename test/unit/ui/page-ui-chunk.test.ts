// @vitest-environment node
// The split between the content script and the page-UI chunk (docs/decisions/0005-lazy-page-ui.md),
// checked on esbuild bundles of both entries, without a build of the extension: the content
// script must not pull in the UI (it would be back in every page's script), and the chunk must be
// an ES module that carries the UI and no extension API. The built files' sizes are checked
// before the end-to-end tests (test/e2e/harness/content-budget.ts).
import { describe, expect, it } from 'vitest';
import { bundleContentEntry, ROOT } from '../content-entry-bundle';
import { buildPageUiChunk } from '../../../scripts/build-chunks';

/**
 * The page's one count (risks · places) is computed where the markers are grouped, and the
 * content script sends it with the findings (decision 0017); it waits for a frame before it
 * draws, as the page UI does before it measures (after-next-frame.ts): these small DOM-only
 * modules are the UI code it may carry. Nothing that draws, and no @floating-ui.
 */
const SHARED_WITH_CONTENT = new Set([
  'src/ui/risk-count.ts',
  'src/ui/marker-groups.ts',
  'src/ui/marker-anchor.ts',
  'src/ui/after-next-frame.ts',
]);
const isUi = (file: string) =>
  (file.startsWith('src/ui/') && !SHARED_WITH_CONTENT.has(file)) || file.includes('node_modules/@floating-ui/');

describe('page-UI chunk boundary', () => {
  it('the content script entry bundles no UI module and no @floating-ui, and imports the chunk at run time', async () => {
    const { inputs, text } = await bundleContentEntry();
    expect(inputs).toContain('src/extension/content/page-presenter.ts');
    expect(inputs.filter(isUi)).toEqual([]);
    // A literal chrome.runtime.getURL(…) argument: the only import() Mozilla's linter accepts.
    expect(text).toMatch(/import\((\s|\/\*[^*]*\*\/)*chrome\.runtime\.getURL\(/);
  });

  it('the chunk is an ES module exporting createPageUi, with the UI and without webextension-polyfill', async () => {
    const chunk = await buildPageUiChunk(ROOT);
    expect(chunk.contents).toMatch(/export\s*\{[^}]*\bas createPageUi\b[^}]*\}|export\s*\{[^}]*\bcreatePageUi\b/);
    expect(chunk.inputs).toContain('src/ui/marker-layer.ts');
    expect(chunk.inputs.some((f) => f.includes('node_modules/@floating-ui/dom/'))).toBe(true);
    expect(chunk.inputs.filter((f) => /webextension-polyfill|node_modules\/wxt\//.test(f))).toEqual([]);
  });
});
