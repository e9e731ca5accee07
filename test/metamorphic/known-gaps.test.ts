// KNOWN_GAPS stays honest: every entry names a fixture page and a transformation that exist,
// once, with a reason; a stale entry would otherwise never be checked again.
import { describe, expect, it } from 'vitest';
import { loadFixtures } from './harness/fixture-scan';
import { KNOWN_GAPS } from './known-gaps';
import { benignNoise } from './transforms/benign-noise';
import { fullwidthDigits } from './transforms/fullwidth-digits';
import { inlineSplit } from './transforms/inline-split';
import { labelledLine } from './transforms/labelled-line';
import { newsReframe } from './transforms/news-reframe';
import { quietReport } from './transforms/quiet-report';
import { reorderSections } from './transforms/reorder-sections';
import { synonymSwap } from './transforms/synonym-swap';

const transformations = [
  inlineSplit,
  labelledLine,
  fullwidthDigits,
  synonymSwap,
  reorderSections,
  benignNoise,
  newsReframe,
  quietReport,
].map((t) => t.id);
const fixtures = loadFixtures().map((f) => f.name);

describe('KNOWN_GAPS', () => {
  it('names existing fixtures and transformations, each pair once, each with a reason', () => {
    const pairs = KNOWN_GAPS.map((g) => `${g.fixture} × ${g.transformation}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const gap of KNOWN_GAPS) {
      expect(fixtures, gap.fixture).toContain(gap.fixture);
      expect(transformations, gap.transformation).toContain(gap.transformation);
      expect(gap.reason.length, `${gap.fixture} × ${gap.transformation}`).toBeGreaterThan(10);
    }
  });
});
