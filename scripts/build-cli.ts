// Builds the `mingbai` command: src/cli/mingbai.ts → dist/cli/mingbai.mjs, one ESM file for
// Node 20 with a shebang. Packages stay external (they are dependencies, installed beside it;
// jsdom cannot be bundled anyway). The packs are not bundled either: the CLI reads rules/ of the
// package at run time (src/cli/read-packs.ts, bundledRulesDir), so `mingbai rules check` and a
// scan always see the same files.
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');
const outfile = join(outdir, 'mingbai.mjs');

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  // The scan worker is its own entry: `mingbai scan --jobs N` starts it from dist/cli/scan-worker.mjs.
  entryPoints: [join(root, 'src/cli/mingbai.ts'), join(root, 'src/cli/scan-worker.ts')],
  outdir,
  // Chunks: `mingbai --help` loads no jsdom; scan and rules check load it on demand.
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' }, // harmless in the worker and the chunks
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
chmodSync(outfile, 0o755);

const inputs = Object.keys(result.metafile.inputs).length;
const outputs = Object.entries(result.metafile.outputs).map(
  ([file, o]) => `${relative(root, file)} ${(o.bytes / 1024).toFixed(1)} kB`,
);
console.log(`built ${relative(root, outfile)} from ${inputs} source files: ${outputs.join(', ')}`);
