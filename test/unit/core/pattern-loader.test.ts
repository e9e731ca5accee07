// The loader's pattern checks: a costly pattern is refused with a message naming the pack, the
// lexicon and the rules that use it; every accepted pattern has passed a timed trial run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validatePack } from '../../../src/core/packs/load-packs';
import { TRIAL_CHARS, trialProblem, trialRun, trialTexts } from '../../../src/core/packs/pattern-trial';

const common = JSON.parse(readFileSync(join(import.meta.dirname, '../../../rules/common.json'), 'utf8'));

describe('validatePack: pattern cost', () => {
  it('refuses (?:a{1,12}){1,12}$, naming the pack, the lexicon and the rule that uses it', () => {
    const bad = structuredClone(common);
    bad.lexicons['common.consentCommitment'].patterns = ['(?:a{1,12}){1,12}$'];
    const r = validatePack(bad, 'evil.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const problem = r.problems[0]!;
    expect(problem).toMatchObject({
      file: 'evil.json',
      ruleId: 'common.prechecked-consent.commitment',
      path: '$.lexicons["common.consentCommitment"].patterns[0]',
    });
    expect(formatProblem(problem)).toMatch(
      /^evil\.json: rule common\.prechecked-consent\.commitment at .*: pattern \/\(\?:a\{1,12\}\)\{1,12\}\$\/ of lexicon "common\.consentCommitment" in pack "common", used by rule common\.prechecked-consent\.commitment: too costly/,
    );
  });

  it('names no rule when no rule of the pack uses the lexicon', () => {
    const bad = structuredClone(common);
    bad.lexicons['common.reporting'].patterns = ['(?:a|aa){1,16}'];
    const r = validatePack(bad, 'evil.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.ruleId).toBeUndefined();
    expect(r.problems[0]?.message).toMatch(/of lexicon "common\.reporting" in pack "common": too costly/);
  });
});

describe('trial run', () => {
  it("builds long hostile texts from the pattern's own characters, each cut off by a stranger", () => {
    const texts = trialTexts('(?:每天|每日)\\d{1,3}元');
    for (const c of ['每', '天', '日', '0', '元']) expect(texts.some((t) => t.startsWith(c.repeat(100)))).toBe(true);
    for (const t of texts) {
      expect(t.length).toBeGreaterThanOrEqual(TRIAL_CHARS);
      expect(t.endsWith('\u0001')).toBe(true);
    }
  });

  it('passes a bundled pattern well within the budget', () => {
    expect(trialProblem('\\d{1,9}(?:\\.\\d{1,4})?元\\s?/\\s?(?:月|年|季)')).toBeNull();
  });

  it('refuses a pattern whose trial takes longer than the budget, saying how long it took', () => {
    // A budget of 0 ms: any measurable run is over it. The message carries the figures.
    const slow = '(?:a{1,4}){1,4}b';
    expect(trialRun(slow).ms).toBeGreaterThan(0);
    expect(trialProblem(slow, 0)).toMatch(
      /^too slow on hostile text: \d+ ms over its trial texts \(budget 0 ms; the slowest, \d+ characters, took \d+ ms\)$/,
    );
  });
});
