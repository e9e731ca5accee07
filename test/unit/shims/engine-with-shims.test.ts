// @vitest-environment node
// The extension build swaps json-rules-engine's eventemitter2, hash-it and clone for small shims
// and shares its Babel helpers (wxt.config.ts). This bundles the core the same way (esbuild, same
// aliases and transform) and checks that every rule example and every fixture page fires exactly
// the rules the real dependencies fire.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_RULES_ENGINE_DIST, readSharedHelpers, shareBabelHelpers } from '../../../src/extension/shims/share-babel-helpers';
import { stripEngineDebug } from '../../../src/extension/shims/strip-engine-debug';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { decodeHtml } from '../../../src/cli/decode-html';
import { parseHtml } from '../../../src/cli/parse-html';
import { checkExample } from '../../../src/core/packs/check-examples';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';
import type { LicenceMemory } from '../../../src/core/shared/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHIM_ALIASES = {
  'jsonpath-plus': join(ROOT, 'src/extension/jsonpath-plus-stub.ts'),
  eventemitter2: join(ROOT, 'src/extension/shims/event-emitter.ts'),
  'hash-it': join(ROOT, 'src/extension/shims/stable-hash.ts'),
  clone: join(ROOT, 'src/extension/shims/deep-clone.ts'),
};

type Core = { compileRuleset: typeof compileRuleset; scanDocument: typeof scanDocument; checkExample: typeof checkExample };

let dir = '';
let shimmed: Core;
let bundledInputs: string[] = [];
let sharedHelperCount = 0;
const helpers = readSharedHelpers(join(ROOT, 'src/extension/shims/babel-helpers.cjs'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mingbai-shims-'));
  const result = await build({
    stdin: {
      contents: `export { compileRuleset } from './src/core/evaluate/ruleset';
        export { scanDocument } from './src/core/scan';
        export { checkExample } from './src/core/packs/check-examples';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: SHIM_ALIASES,
    // The same transforms wxt.config.ts applies: no debug logging, one copy of json-rules-engine's Babel helpers.
    plugins: [
      {
        name: 'share-babel-helpers',
        setup(b) {
          b.onLoad({ filter: JSON_RULES_ENGINE_DIST }, (args) => {
            const shared = shareBabelHelpers(stripEngineDebug(readFileSync(args.path, 'utf8'), args.path).code, helpers);
            sharedHelperCount += shared.shared.length;
            return { contents: shared.code, loader: 'js' };
          });
        },
      },
    ],
  });
  bundledInputs = Object.keys(result.metafile.inputs);
  const file = join(dir, 'core-with-shims.mjs');
  writeFileSync(file, result.outputFiles[0]!.contents);
  shimmed = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Core;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const { packs } = readPacks(bundledPackFiles());
const realRuleset = compileRuleset(packs.map((p) => p.pack));

function seededMemory(seed: Record<string, string[]> = {}): LicenceMemory {
  const names = new Map(Object.entries(seed).map(([k, v]) => [k, [...v]]));
  return {
    namesFor: (l) => names.get(l) ?? [],
    record(l, shop) {
      names.set(l, [...new Set([...(names.get(l) ?? []), shop])]);
    },
  };
}

describe('json-rules-engine with the extension shims', () => {
  it('the test bundle really uses the shims, not eventemitter2, hash-it or clone', () => {
    expect(bundledInputs.some((f) => f.includes('node_modules/json-rules-engine/'))).toBe(true);
    expect(bundledInputs.some((f) => f.endsWith('src/extension/shims/event-emitter.ts'))).toBe(true);
    expect(bundledInputs.some((f) => f.endsWith('src/extension/shims/stable-hash.ts'))).toBe(true);
    expect(bundledInputs.some((f) => f.endsWith('src/extension/shims/deep-clone.ts'))).toBe(true);
    expect(bundledInputs.some((f) => f.endsWith('src/extension/shims/babel-helpers.cjs'))).toBe(true);
    expect(sharedHelperCount).toBeGreaterThan(30);
    expect(bundledInputs.filter((f) => /node_modules\/(eventemitter2|hash-it|clone)\//.test(f))).toEqual([]);
  });

  it('fires the same rules on every rule example', async () => {
    const shimRuleset = shimmed.compileRuleset(packs.map((p) => p.pack));
    let examples = 0;
    let flagged = 0;
    for (const { pack } of packs) {
      for (const rule of pack.rules) {
        for (const example of [...rule.examples.flag, ...rule.examples.pass]) {
          const real = await checkExample(realRuleset, rule, example, parseHtml);
          const shim = await shimmed.checkExample(shimRuleset, rule, example, parseHtml);
          expect(shim.result.firedRules, `${rule.id}`).toEqual(real.result.firedRules);
          expect(shim.result.findings.map((f) => `${f.risk}:${f.severity}:${f.evidence.length}`)).toEqual(
            real.result.findings.map((f) => `${f.risk}:${f.severity}:${f.evidence.length}`),
          );
          examples++;
          if (real.result.firedRules.length) flagged++;
        }
      }
    }
    expect(examples).toBeGreaterThan(20);
    expect(flagged).toBeGreaterThan(10);
  }, 600_000);

  it('fires the same rules on every fixture page', async () => {
    const shimRuleset = shimmed.compileRuleset(packs.map((p) => p.pack));
    const pagesDir = join(ROOT, 'test/fixtures/pages');
    const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const expectation = JSON.parse(readFileSync(join(pagesDir, page.replace(/\.html$/, '.expect.json')), 'utf8')) as {
        url: string;
        today?: string;
        memory?: Record<string, string[]>;
      };
      const { text } = decodeHtml(readFileSync(join(pagesDir, page)));
      const options = (memory: LicenceMemory) => ({
        url: expectation.url,
        today: expectation.today ?? '2026-06-01',
        memory,
        visibility: 'computed' as const,
      });
      const real = await scanDocument(realRuleset, parseHtml(text, expectation.url), options(seededMemory(expectation.memory)));
      const shim = await shimmed.scanDocument(
        shimRuleset,
        parseHtml(text, expectation.url),
        options(seededMemory(expectation.memory)),
      );
      expect(shim.firedRules, page).toEqual(real.firedRules);
      expect(shim.kind, page).toBe(real.kind);
      expect(
        shim.findings.map((f) => `${f.ruleId}:${f.risk}:${f.severity}:${f.evidence.map((e) => e.text).join('|')}`),
        page,
      ).toEqual(real.findings.map((f) => `${f.ruleId}:${f.risk}:${f.severity}:${f.evidence.map((e) => e.text).join('|')}`));
    }
  }, 600_000);
});
