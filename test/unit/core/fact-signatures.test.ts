// @vitest-environment node
// The pack loader checks params and lexicons against FACT_SIGNATURES (src/core/packs). This keeps
// that table in step with the facts themselves: every registered fact has an entry, and running
// every rule example of the bundled packs, no fact reads a param or a lexicon its entry does not
// declare.
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { parseHtml } from '../../../src/cli/parse-html';
import { compileRuleset, type PackData } from '../../../src/core/evaluate/ruleset';
import type { FactContext, FactFamily, FactParams } from '../../../src/core/facts/fact-context';
import { FACT_FAMILIES, factRegistry } from '../../../src/core/facts/index';
import { checkPackExamples } from '../../../src/core/packs/check-examples';
import { FACT_SIGNATURES } from '../../../src/core/packs/fact-signatures';

describe('FACT_SIGNATURES', () => {
  it('has an entry for every registered fact, and none for a fact that is not registered', () => {
    expect(Object.keys(FACT_SIGNATURES).sort()).toEqual([...factRegistry().keys()].sort());
  });

  it('declares every param and lexicon a fact reads while the bundled rule examples run', async () => {
    const undeclared = new Set<string>();
    const watch = (name: string, fn: FactFamily[string]) => (ctx: FactContext, params: FactParams) => {
      const signature = FACT_SIGNATURES[name] ?? {};
      const takes = signature.params ?? {};
      const allowed = new Set([...Object.values(signature.defaults ?? {}), ...(signature.reads ?? [])]);
      for (const [key, kind] of Object.entries(takes))
        if (kind === 'lexicon' && typeof params[key] === 'string') allowed.add(params[key]);
      const lexicon = (lexiconName: string) => {
        if (!allowed.has(lexiconName)) undeclared.add(`${name} reads lexicon ${lexiconName}`);
      };
      const watchedParams = new Proxy(params, {
        get(target, key) {
          if (typeof key === 'string' && !(key in takes)) undeclared.add(`${name} reads param ${key}`);
          return Reflect.get(target, key);
        },
      });
      const hits = {
        get: (n: string) => (lexicon(n), ctx.hits.get(n)),
        has: (n: string) => (lexicon(n), ctx.hits.has(n)),
      };
      const watchedCtx = new Proxy(ctx, {
        get(target, key) {
          if (key === 'hits')
            return new Proxy(target.hits, {
              get: (h, k) => (k in hits ? hits[k as keyof typeof hits] : (Reflect.get(h, k) as unknown)),
            });
          if (key === 'phrasesOf') return (n: string) => (lexicon(n), target.phrasesOf(n));
          return Reflect.get(target, key);
        },
      });
      return fn(watchedCtx, watchedParams);
    };
    const families = FACT_FAMILIES.map((family) =>
      Object.fromEntries(Object.entries(family).map(([name, fn]) => [name, watch(name, fn)])),
    );
    const { packs, problems } = readPacks(bundledPackFiles());
    expect(problems).toEqual([]);
    const ruleset = compileRuleset(
      packs.map((p) => p.pack as unknown as PackData),
      families,
    );
    let examples = 0;
    for (const { pack } of packs) examples += (await checkPackExamples(ruleset, pack, parseHtml)).length;
    expect(examples).toBeGreaterThan(100);
    expect([...undeclared].sort()).toEqual([]);
  }, 120_000);
});
