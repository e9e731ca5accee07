// Patterns fed to the pack loader: the known catastrophic shapes and random ones. Each is either
// refused with a clear message naming pattern, lexicon and pack, or, once accepted, runs in the
// page matcher within a time bound on hostile text four times longer than its trial's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LexiconMatcher } from '../../src/core/match/lexicon-matcher';
import { formatProblem, validatePack } from '../../src/core/packs/load-packs';
import { TRIAL_CHARS, trialTexts } from '../../src/core/packs/pattern-trial';
import { CATASTROPHIC, randomPattern } from './pattern-arbitrary';

const common = JSON.parse(readFileSync(join(import.meta.dirname, '../../rules/common.json'), 'utf8'));
const SEED = 20261204;
const RUNS = Number(process.env.MINGBAI_FUZZ_PATTERN_RUNS ?? 100);
/** Hostile texts of 4 × the trial's length must take at most this long, all together. */
const LONG_TEXT_BUDGET_MS = 2_000;

const REASON =
  /(too costly|too slow on hostile text|unbounded quantifiers|nested unbounded|non-capturing|matches the empty string|not a valid regular expression|cannot be proven linear-time|backreferences|lookaround)/;

function load(pattern: string) {
  const pack = structuredClone(common);
  pack.lexicons['common.consentCommitment'].patterns = [pattern];
  return validatePack(pack, 'fuzz.json');
}

function checkPattern(pattern: string): void {
  const loaded = load(pattern);
  if (!loaded.ok) {
    const messages = loaded.problems.map(formatProblem);
    const own = messages.find((m) => m.includes('of lexicon "common.consentCommitment" in pack "common"'));
    expect(own, `no clear message for /${pattern}/ in ${JSON.stringify(messages)}`).toBeDefined();
    expect(own).toContain(`pattern /${pattern}/`);
    expect(own).toMatch(REASON);
    return;
  }
  // Accepted: run it as pages run it, on text longer than the trial saw.
  const matcher = new LexiconMatcher({ fuzz: { phrases: [], patterns: [pattern], negatable: false } }, []);
  const start = performance.now();
  for (const text of trialTexts(pattern, 4 * TRIAL_CHARS)) matcher.lexiconsIn(text);
  expect(performance.now() - start, `/${pattern}/ on hostile text`).toBeLessThan(LONG_TEXT_BUDGET_MS);
}

describe('pack loader on hostile patterns', () => {
  it.each(CATASTROPHIC)('refuses %s with a clear message', (pattern) => {
    const loaded = load(pattern);
    expect(loaded.ok).toBe(false);
    checkPattern(pattern);
  });

  it(`refuses or runs fast: ${RUNS} random patterns (seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomPattern, (pattern) => {
        checkPattern(pattern);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 180_000);
});
