// Builds the content script's two chunks, each one minified ES module that the content script
// import()s at run time (WXT bundles content scripts as single IIFEs and splits nothing out of
// them, so wxt.config.ts runs this at every build ('build:publicAssets')):
// - the page UI (src/ui/page-ui-module.ts → PAGE_UI_CHUNK), on pages with findings
//   (docs/decisions/0005-lazy-page-ui.md);
// - the full scan (src/extension/content/full-scan-module.ts → FULL_SCAN_CHUNK), on pages that
//   pass the gate (docs/decisions/0023-full-scan-chunk.md). It gets json-rules-engine slimmed as
//   the content script used to: the same module aliases, no debug logging.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { contentScriptAliases } from '../src/extension/shims/content-aliases';
import { JSON_RULES_ENGINE_DIST } from '../src/extension/shims/share-babel-helpers';
import { stripEngineDebug } from '../src/extension/shims/strip-engine-debug';

/** Vite 7's default build target, which WXT builds the content script with. */
export const CHUNK_TARGET = ['chrome107', 'edge107', 'firefox104', 'safari16'];

export interface Chunk {
  contents: string;
  /** Source files bundled into it (metafile inputs, relative to the project root). */
  inputs: string[];
}

/** wxt.config.ts's removal of json-rules-engine's debug logging (strip-engine-debug.ts), for esbuild. */
export const stripEngineDebugEsbuild: Plugin = {
  name: 'strip-engine-debug',
  setup(b) {
    b.onLoad({ filter: JSON_RULES_ENGINE_DIST }, (args) => ({
      contents: stripEngineDebug(readFileSync(args.path, 'utf8'), args.path).code,
      loader: 'js',
    }));
  },
};

async function buildChunk(
  root: string,
  entry: string,
  name: string,
  plugins: Plugin[] = [],
  alias: Record<string, string> = {},
): Promise<Chunk> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: CHUNK_TARGET,
    minify: process.env.MINGBAI_NO_MINIFY !== '1', // MINGBAI_NO_MINIFY=1: readable CPU profiles (docs/performance.md)
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
    plugins,
    alias,
  });
  const contents = result.outputFiles[0]!.text;
  const inputs = Object.keys(result.metafile.inputs);
  // A chunk runs in the content script's world but gets everything it needs as arguments.
  const polyfill = inputs.find((file) => /webextension-polyfill|node_modules\/wxt\//.test(file));
  if (polyfill) throw new Error(`The ${name} chunk must not bundle extension APIs, but it includes ${polyfill}`);
  return { contents, inputs };
}

export function buildPageUiChunk(root: string): Promise<Chunk> {
  return buildChunk(root, 'src/ui/page-ui-module.ts', 'page-UI');
}

export function buildFullScanChunk(root: string): Promise<Chunk> {
  return buildChunk(
    root,
    'src/extension/content/full-scan-module.ts',
    'full-scan',
    [stripEngineDebugEsbuild],
    contentScriptAliases(root),
  );
}
