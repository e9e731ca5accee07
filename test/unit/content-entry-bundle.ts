// An esbuild bundle of the content script entry (no build of the extension): what the chunk
// boundary tests read to see which modules the script on every page carries.
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function bundleContentEntry(): Promise<{ inputs: string[]; text: string }> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['entrypoints/content.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), text: result.outputFiles[0]!.text };
}
