import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildLocaleFiles } from './scripts/build-locales';
import { buildFullScanChunk, buildPageUiChunk } from './scripts/build-chunks';
import { FULL_SCAN_CHUNK } from './src/extension/content/full-scan-loader';
import { PAGE_UI_CHUNK } from './src/extension/content/page-ui-loader';
import { contentScriptAliases } from './src/extension/shims/content-aliases';
import { shareBabelHelpersPlugin } from './src/extension/shims/share-babel-helpers';
import { stripEngineDebugPlugin } from './src/extension/shims/strip-engine-debug';

// Why each permission is asked for: docs/permissions.md.
// The gecko id must never change: Firefox keys the family's stored settings on it, and the
// end-to-end tests fix the moz-extension UUID for it.
export const GECKO_ID = 'mingbai@mingbai.example';

/**
 * The content script, which runs on every page, is minified with terser (1.6 kB smaller than
 * Vite's esbuild). Only it: in the background, terser folds zod's `const F = Function; new F("")`
 * into `new Function("")`, which Mozilla's linter refuses.
 */
function terserForContentScript() {
  return {
    name: 'mingbai-terser-content-script',
    config(config: { build?: { lib?: false | { entry?: unknown } } }) {
      const lib = config.build?.lib;
      if (!lib || !/entrypoints[\\/]content\.ts/.test(JSON.stringify(lib.entry ?? ''))) return null;
      return { build: { minify: 'terser' as const, terserOptions: { ecma: 2020 as const, compress: { passes: 2 } } } };
    },
  };
}

const CHUNKS = [PAGE_UI_CHUNK, FULL_SCAN_CHUNK];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    // The chunks the content script import()s: the page UI on pages with findings, the full scan
    // on pages that pass the gate (docs/decisions/0005-lazy-page-ui.md, 0023-full-scan-chunk.md).
    // Chrome: only under a per-session random URL, so pages cannot probe for the extension at a
    // fixed address. Firefox's address already holds a random per-install UUID.
    web_accessible_resources:
      browser === 'firefox' ? CHUNKS : [{ resources: CHUNKS, matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first Firefox (and ESR) that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip (for Firefox add-on review) holds what builds the extension, not other outputs.
  zip: {
    excludeSources: [
      'dist/**',
      'test-results/**',
      'bench-results/**',
      'test/e2e/artifacts/**',
      'docs/screenshots/**',
      'demo-output/**',
      '.e2e-*',
    ],
  },
  vite: () => ({
    // json-rules-engine's dependencies, slimmed for the extension only (the CLI and tests use the
    // real ones): docs/decisions/0003-content-script-size.md.
    plugins: [
      stripEngineDebugPlugin(),
      shareBabelHelpersPlugin(resolve(__dirname, 'src/extension/shims/babel-helpers.cjs')),
      ...(process.env.MINGBAI_NO_MINIFY === '1' ? [] : [terserForContentScript()]),
    ],
    // MINGBAI_NO_MINIFY=1: readable names in CPU profiles (docs/performance.md); never shipped.
    ...(process.env.MINGBAI_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
    resolve: {
      alias: {
        ...contentScriptAliases(__dirname),
        // WXT's content-script context talks to the page and can be stopped by it (issue 18):
        // ours says nothing and ends only with the extension (docs/decisions/0016).
        'wxt/utils/content-script-context': resolve(__dirname, 'src/extension/content/silent-script-context.ts'),
      },
    },
  }),
  hooks: {
    // locales/<part>/<lang>.json → _locales/<lang>/messages.json in every build.
    // The two chunks, ES modules (scripts/build-chunks.ts): src/ui/page-ui-module.ts →
    // content-scripts/page-ui.js, src/extension/content/full-scan-module.ts → content-scripts/full-scan.js.
    'build:publicAssets': async (_wxt, files) => {
      files.push(...buildLocaleFiles(resolve(__dirname, 'locales')));
      files.push({ relativeDest: PAGE_UI_CHUNK, contents: (await buildPageUiChunk(__dirname)).contents });
      files.push({ relativeDest: FULL_SCAN_CHUNK, contents: (await buildFullScanChunk(__dirname)).contents });
    },
  },
});
