// Builds the page-UI chunk: src/ui/page-ui-module.ts → one minified ES module, which the
// content script import()s on pages with findings (docs/decisions/0005-lazy-page-ui.md). WXT
// bundles content scripts as single IIFEs and splits nothing out of them, so wxt.config.ts runs
// this at every build ('build:publicAssets') and writes the result to PAGE_UI_CHUNK.
import { join } from 'node:path';
import { build } from 'esbuild';

/** Vite 7's default build target, which WXT builds the content script with. */
export const PAGE_UI_TARGET = ['chrome107', 'edge107', 'firefox104', 'safari16'];

export interface PageUiChunk {
  contents: string;
  /** Source files bundled into it (metafile inputs, relative to the project root). */
  inputs: string[];
}

export async function buildPageUiChunk(root: string): Promise<PageUiChunk> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/ui/page-ui-module.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: PAGE_UI_TARGET,
    minify: process.env.MINGBAI_NO_MINIFY !== '1', // MINGBAI_NO_MINIFY=1: readable CPU profiles (docs/performance.md)
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  const contents = result.outputFiles[0]!.text;
  const inputs = Object.keys(result.metafile.inputs);
  // The chunk runs in the content script's world but gets everything it needs as arguments.
  const polyfill = inputs.find((file) => /webextension-polyfill|node_modules\/wxt\//.test(file));
  if (polyfill) throw new Error(`The page-UI chunk must not bundle extension APIs, but it includes ${polyfill}`);
  return { contents, inputs };
}
