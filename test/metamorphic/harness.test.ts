// The harness: a page parsed and serialised again (what every variant goes through) scans
// exactly like the fixture itself, so every difference a transformation shows is its own.
import { describe, expect, it } from 'vitest';
import { sameFindings } from './harness/compare-outcomes';
import { loadFixtures, parseFixture, scanPage } from './harness/fixture-scan';
import { serialize } from './harness/page-text';

describe('metamorphic harness', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}: serialised and parsed again, the same kind and risks`, async () => {
      const original = await scanPage(fixture, fixture.html);
      const again = await scanPage(fixture, serialize(parseFixture(fixture)));
      expect(sameFindings(original, again)).toBeNull();
    });
  }
});
