// One describe per transformation, one property (`it`) per fixture page. A property that fails
// and is listed in KNOWN_GAPS must still fail: when detection learns to generalise, the test
// says to remove the entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS } from '../known-gaps';
import { chooserFrom, lastChoices, type Chooser } from './chooser';
import { reportedOnly, sameFindings } from './compare-outcomes';
import { META_RUNS, META_SEED } from './config';
import { loadFixtures, scanPage, type Fixture } from './fixture-scan';
import type { Transformation } from './transformation';

export function knownGap(fixture: string, transformation: string) {
  return KNOWN_GAPS.find((g) => g.fixture === fixture && g.transformation === transformation);
}

/** Checks one variant against the relation; throws a readable message when it breaks it. */
async function checkVariant(t: Transformation, fixture: Fixture, choose: Chooser, label: string): Promise<void> {
  const variant = t.vary(fixture, choose);
  const [original, varied] = await Promise.all([
    scanPage(fixture, fixture.html),
    scanPage(fixture, variant.html, variant.url, variant.doc),
  ]);
  const problem = t.relation === 'same' ? sameFindings(original, varied) : reportedOnly(varied);
  if (problem) {
    throw new Error(
      `${fixture.name} × ${t.id} (${label}): ${problem}\n  edits (${variant.edits.length}):\n    ${variant.edits.join('\n    ')}` +
        (variant.url ? `\n  scanned at ${variant.url}` : ''),
    );
  }
}

export const extremesOf = (t: Transformation) => t.extremes ?? [{ name: 'everything', choose: lastChoices }];

/** The property: every random variant keeps the relation. */
export function variantProperty(t: Transformation, fixture: Fixture) {
  return fc.asyncProperty(fc.gen(), (g) => checkVariant(t, fixture, chooserFrom(g as never), 'random variant'));
}

/** The fixed "change everything" variants; the first that breaks the relation throws. */
async function checkExtremes(t: Transformation, fixture: Fixture): Promise<void> {
  for (const { name, choose } of extremesOf(t)) await checkVariant(t, fixture, choose, `fixed variant "${name}"`);
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
          await checkExtremes(t, fixture);
          await fc.assert(property);
          return;
        }
        // A known gap still fails when a fixed variant or a random one breaks the relation (no
        // shrinking: the entry already says what fails).
        const extremeFails = await checkExtremes(t, fixture).then(
          () => false,
          () => true,
        );
        const run = extremeFails ? null : await fc.check(property, { endOnFailure: true });
        expect(
          extremeFails || run?.failed,
          `KNOWN_GAPS lists ${fixture.name} × ${t.id} ("${gap.reason}"), but the fixed variants and all ` +
            `${run?.numRuns} random ones (seed ${run?.seed}) kept the relation. If detection now generalises here, remove the entry.`,
        ).toBe(true);
      });
    }
  });
}
