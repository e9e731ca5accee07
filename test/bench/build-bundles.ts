// esbuild bundles for the benchmark: the core as an IIFE to evaluate inside test pages, and an
// analysis bundle of the content script entry (sizes per package and file, from the metafile).
import { build, type Metafile, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripEngineDebugEsbuild } from '../../scripts/build-chunks';
import { contentScriptAliases } from '../../src/extension/shims/content-aliases';

const ROOT = resolve(import.meta.dirname, '../..');

/** The aliases wxt.config.ts gives the extension build (jsonpath-plus stubbed, json-rules-engine's dependencies shimmed). */
export const CONTENT_ALIASES = contentScriptAliases(ROOT);

/** What both in-page bundles share: one minified IIFE for Chromium, kept in memory with its metafile. */
export const IN_PAGE_BUILD = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
} as const;

/** The core for the pages, built with the content script's aliases. */
export async function buildBenchBundle(): Promise<{ code: string; bytes: number; metafile: Metafile }> {
  const result = await build({
    alias: CONTENT_ALIASES,
    entryPoints: [join(ROOT, 'test/bench/bench-entry.ts')],
    ...IN_PAGE_BUILD,
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: Buffer.byteLength(code), metafile: result.metafile };
}

export interface Contributor {
  name: string;
  bytes: number;
}

export interface BundleReport {
  /** The shipped file from `wxt build`, when present. */
  built?: { path: string; bytes: number; gzipBytes: number; hasZod: boolean; hasJsonpath: boolean };
  /** An esbuild bundle of the same entry, minified, for the breakdown. */
  analysis?: { entry: string; bytes: number; gzipBytes: number; byPackage: Contributor[]; byFile: Contributor[] };
  error?: string;
}

/** node_modules/<pkg> or the project folder a file belongs to. */
function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1] as string;
  const parts = input.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
}

function breakdown(metafile: Metafile): { byPackage: Contributor[]; byFile: Contributor[] } {
  const output = Object.values(metafile.outputs)[0];
  const files: Contributor[] = Object.entries(output?.inputs ?? {}).map(([name, v]) => ({
    name: name.endsWith('bundled-packs.ts') ? 'rules/*.json (packs, stripped for the page)' : name,
    bytes: v.bytesInOutput,
  }));
  const pkgs = new Map<string, number>();
  for (const f of files) pkgs.set(packageOf(f.name), (pkgs.get(packageOf(f.name)) ?? 0) + f.bytes);
  const sort = (xs: Contributor[]) => xs.sort((a, b) => b.bytes - a.bytes);
  return { byPackage: sort([...pkgs].map(([name, bytes]) => ({ name, bytes }))), byFile: sort(files).slice(0, 15) };
}

/**
 * WXT builds bundled-packs.ts through Vite's import.meta.glob and strips the packs for the page
 * (content-packs-plugin.ts); esbuild knows neither, so the analysis bundle gets the same packs,
 * stripped the same way, written out as a module.
 */
async function bundledPacksPlugin(): Promise<Plugin> {
  const strip = await import('../../src/extension/background/content-packs')
    .then((m) => m.packForContent)
    .catch(() => (p: Record<string, unknown>) => p);
  const files = ['common', 'food-delivery', 'loan', 'training-course']
    .map((n) => join(ROOT, 'rules', `${n}.json`))
    .filter((f) => existsSync(f));
  return {
    name: 'bench-bundled-packs',
    setup(b) {
      b.onLoad({ filter: /src[\\/]extension[\\/]content[\\/]bundled-packs\.ts$/ }, () => ({
        loader: 'ts',
        contents: `export const BUNDLED_PACKS = ${JSON.stringify(files.map((f) => strip(JSON.parse(readFileSync(f, 'utf8')))))};`,
      }));
    },
  };
}

/**
 * Size of the shipped content script, and a breakdown from an equivalent esbuild bundle of
 * entrypoints/content.ts (WXT's own modules resolve from node_modules; `wxt/browser` is aliased
 * to the polyfill as the WXT module does).
 */
export async function contentScriptReport(aliases: Record<string, string> = {}): Promise<BundleReport> {
  const report: BundleReport = {};
  const shipped = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (existsSync(shipped)) {
    const buf = readFileSync(shipped);
    const text = buf.toString('utf8');
    report.built = {
      path: '.output/chrome-mv3/content-scripts/content.js',
      bytes: buf.length,
      gzipBytes: gzipSync(buf).length,
      hasZod: /ZodError|zod\/v4|\$ZodType/.test(text),
      hasJsonpath: /JSONPath|jsonpath/i.test(text),
    };
  }
  const entry = ['entrypoints/content.ts', 'entrypoints/content/index.ts', 'entrypoints/content.tsx']
    .map((p) => join(ROOT, p))
    .find((p) => existsSync(p));
  if (!entry) return { ...report, error: 'no content script entry found' };
  try {
    const result = await build({
      entryPoints: [entry],
      ...IN_PAGE_BUILD,
      loader: { '.css': 'text', '.svg': 'text' },
      charset: 'utf8',
      plugins: [await bundledPacksPlugin(), stripEngineDebugEsbuild],
      alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser', ...aliases },
      define: {
        'import.meta.env.MODE': '"production"',
        'import.meta.env.BROWSER': '"chrome"',
        'import.meta.env.DEV': 'false',
        'import.meta.env.PROD': 'true',
        'import.meta.env.MANIFEST_VERSION': '3',
        'import.meta.env.FIREFOX': 'false',
        'import.meta.env.CHROME': 'true',
      },
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    report.analysis = {
      entry: entry.slice(ROOT.length + 1),
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      ...breakdown(result.metafile),
    };
  } catch (e) {
    report.error = `analysis bundle failed: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`;
  }
  return report;
}

export { breakdown as bundleBreakdown };
