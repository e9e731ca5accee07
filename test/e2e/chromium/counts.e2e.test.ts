// One count, said the same way everywhere (issue 17): on every risky sample page the banner's
// "N 个风险 · M 处", the badge, the popup's list and the markers agree. N is the findings the
// content script reported; M the places marked on the page (one marker per piece of evidence:
// its slot in the page's text), each marker naming findings of this page.
import { describe, expect, it } from 'vitest';
import { riskyFixtures } from '../harness/sample-pages';
import { markerNodes } from '../harness/closed-shadow';
import { markerNamePattern } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { bannerCount } from './layout-probe';
import { viewUi } from './ui-probe';

describe('Chromium: banner, badge, popup and markers give one count', () => {
  const session = chromiumSuite();

  for (const sample of riskyFixtures()) {
    it(sample.name, async () => {
      const s = session();
      expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
      if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
      const page = await s.open(sample.path);
      const expected = [...new Set(sample.expect.risks)].length;
      const tab = await s.waitForScan(page, (t) => t.findings.length === expected);
      const tabId = await s.tabIdOf(page);
      const ui = await viewUi(page);
      try {
        const { count, slots, markers } = await waitUntil(
          async () => {
            const read = await ui.read();
            const count = bannerCount(read.hosts.find((h) => h.tag === 'mingbai-page-banner')?.text ?? '');
            const slots = await page.evaluate(() => document.querySelectorAll('mingbai-marker-slot').length);
            const markers = markerNodes(read, markerNamePattern());
            return count && count.places === slots && markers.length === slots ? { count, slots, markers } : undefined;
          },
          { what: 'the banner count and one marker per counted place' },
        );
        expect(count.risks).toBe(tab.findings.length);
        expect(await s.badgeText(tabId)).toBe(String(count.risks));
        const popup = await s.openPopup(tabId);
        await waitUntil(async () => (await popup.locator('#groups li').count()) === count.risks, {
          what: `${count.risks} findings in the popup`,
        });
        // The popup says the count as the banner does.
        expect((await popup.locator('#count').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
          `${count.risks} 个风险 · ${count.places} 处`,
        );
        expect(slots).toBe(count.places);
        expect(markers).toHaveLength(count.places);
        // Each marker names only findings of this page; together they name every finding that
        // has a place on the page.
        const names = markers.map((m) => m.name?.value ?? '');
        for (const name of names)
          expect(
            tab.findings.some((f) => name.includes(f.title)),
            name,
          ).toBe(true);
        expect(count.places).toBeLessThanOrEqual(tab.findings.reduce((n, f) => n + Math.max(1, f.evidence.length), 0));
      } finally {
        await ui.close();
      }
    });
  }
});
