// Benign sample pages (their .expect.json lists no risks: a recipe blog, a news report quoting
// lures, a bank, a login with 记住我 …) get no finding, no marker, no badge, even at the elder
// profile, which shows the most.
import { describe, expect, it } from 'vitest';
import { benignFixtures } from '../harness/sample-pages';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';
import { markerNodes } from '../harness/closed-shadow';
import { markerNamePattern } from '../harness/mingbai-text';

const pages = benignFixtures();

describe('Chromium: benign sample pages', () => {
  const session = chromiumSuite();

  it('there are benign sample pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const sample of pages) {
    it(`${sample.name}: nothing shown`, async () => {
      const s = session();
      expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
      const page = await s.open(sample.path);
      const tab = await s.waitForScan(page); // the scan ran and reported
      expect(tab.findings.map((f) => `${f.risk}: ${f.evidence.map((e) => e.text).join(' | ')}`)).toEqual([]);
      expect(await s.badgeText(await s.tabIdOf(page))).toBe('');
      const ui = await viewUi(page);
      try {
        const seen = await ui.read();
        expect(markerNodes(seen, markerNamePattern())).toEqual([]);
        expect(seen.text, 'nothing a screen reader would announce').toBe('');
      } finally {
        await ui.close();
      }
    });
  }
});
