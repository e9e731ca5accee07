// One describe per transformation, one property (`it`) per fixture page. A property that fails
// and is listed in KNOWN_GAPS must still fail: when detection learns to generalise, the test
// says to remove the entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS } from '../known-gaps';
import { chooserFrom, lastChoices } from './chooser';
import { reportedOnly, sameFindings } from './compare-outcomes';
import { META_RUNS, META_SEED } from './config';
import { loadFixtures, scanPage, type Fixture } from './fixture-scan';
import type { Transformation } from './transformation';

export function knownGap(fixture: string, transformation: string) {
  return KNOWN_GAPS.find((g) => g.fixture === fixture && g.transformation === transformation);
}

/** The property: every variant keeps the relation. Throws a readable message on a bad variant. */
export function variantProperty(t: Transformation, fixture: Fixture) {
  return fc.asyncProperty(fc.gen(), async (g) => {
    const variant = t.vary(fixture, chooserFrom(g as never));
    const [original, varied] = await Promise.all([scanPage(fixture, fixture.html), scanPage(fixture, variant.html, variant.url, variant.doc)]);
    const problem = t.relation === 'same' ? sameFindings(original, varied) : reportedOnly(varied);
    if (problem) {
      throw new Error(
        `${fixture.name} × ${t.id}: ${problem}\n  edits (${variant.edits.length}):\n    ${variant.edits.join('\n    ')}` +
          (variant.url ? `\n  scanned at ${variant.url}` : ''),
      );
    }
  });
}

export function metamorphicSuite(t: Transformation): void {
  const fixtures = loadFixtures();
  describe(`metamorphic: ${t.id} (${t.relation === 'same' ? 'same kind and risks' : 'reported: other, no domain findings'}; seed ${META_SEED}, ${META_RUNS} runs)`, () => {
    for (const fixture of fixtures) {
      // A transformation that finds nothing to change on a page (no labelled line, no lexicon
      // phrase) has nothing to test there.
      const applies = t.vary(fixture, lastChoices).edits.length > 0;
      const gap = knownGap(fixture.name, t.id);
      const test = applies ? it : it.skip;
      test(`${fixture.name}${gap ? ' [KNOWN GAP: must still fail]' : ''}`, async () => {
        const property = variantProperty(t, fixture);
        if (!gap) {
          await fc.assert(property);
          return;
        }
        // No shrinking for a known gap: its entry already says what fails.
        const run = await fc.check(property, { endOnFailure: true });
        expect(
          run.failed,
          `KNOWN_GAPS lists ${fixture.name} × ${t.id} ("${gap.reason}"), but all ${run.numRuns} variants ` +
            `(seed ${run.seed}) kept the relation. If detection now generalises here, remove the entry.`,
        ).toBe(true);
      });
    }
  });
}
