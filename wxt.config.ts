import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildLocaleFiles } from './scripts/build-locales';
import { shareBabelHelpersPlugin } from './src/extension/shims/share-babel-helpers';

// Why each permission is asked for: docs/permissions.md.
// The gecko id must never change: Firefox keys the family's stored settings on it, and the
// end-to-end tests fix the moz-extension UUID for it.
export const GECKO_ID = 'mingbai@mingbai.example';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
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
  zip: { excludeSources: ['dist/**', 'test-results/**', 'bench-results/**', 'test/e2e/artifacts/**', 'docs/screenshots/**', '.e2e-*'] },
  vite: () => ({
    // json-rules-engine's dependencies, slimmed for the extension only (the CLI and tests use the
    // real ones): docs/decisions/0003-content-script-size.md.
    plugins: [shareBabelHelpersPlugin(resolve(__dirname, 'src/extension/shims/babel-helpers.cjs'))],
    resolve: {
      alias: {
        'jsonpath-plus': resolve(__dirname, 'src/extension/jsonpath-plus-stub.ts'),
        eventemitter2: resolve(__dirname, 'src/extension/shims/event-emitter.ts'),
        'hash-it': resolve(__dirname, 'src/extension/shims/stable-hash.ts'),
        clone: resolve(__dirname, 'src/extension/shims/deep-clone.ts'),
      },
    },
  }),
  hooks: {
    // locales/<part>/<lang>.json → _locales/<lang>/messages.json in every build.
    'build:publicAssets': (_wxt, files) => {
      files.push(...buildLocaleFiles(resolve(__dirname, 'locales')));
    },
  },
});
