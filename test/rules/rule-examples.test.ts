// Runs every example of every rule in every pack: flag examples must fire, pass examples must not.
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../src/cli/read-packs';
import { parseHtml } from '../../src/cli/parse-html';
import { checkExample } from '../../src/core/packs/check-examples';
import { compileRuleset } from '../../src/core/evaluate/ruleset';

const { packs, problems } = readPacks(bundledPackFiles());
const ruleset = compileRuleset(packs.map((p) => p.pack));

it('all bundled packs are valid', () => {
  expect(problems.map((p) => `${p.file} ${p.ruleId ?? ''} ${p.path}: ${p.message}`)).toEqual([]);
  expect(packs.length).toBeGreaterThan(0);
});

for (const { pack } of packs) {
  describe(`pack ${pack.id}`, () => {
    for (const rule of pack.rules) {
      describe(rule.id, () => {
        rule.examples.flag.forEach((example, i) => {
          it(`flags example ${i + 1}`, async () => {
            const { fired, result } = await checkExample(ruleset, rule, example, parseHtml);
            expect(fired, `fired: ${result.firedRules.join(', ')}; kind ${result.kind}`).toBe(true);
          });
        });
        rule.examples.pass.forEach((example, i) => {
          it(`passes example ${i + 1}`, async () => {
            const { fired, result } = await checkExample(ruleset, rule, example, parseHtml);
            expect(fired, `fired: ${result.firedRules.join(', ')}`).toBe(false);
          });
        });
      });
    }
  });
}
