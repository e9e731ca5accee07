// A page too large to move in one frame (decision 0024): over 8,000 elements, Mingbai neither
// pushes the page down for its banner nor puts slots in its text. The banner lies over the top
// of the page, folded to its one line; each marker sits just after the last character of its
// evidence, where the line ends, and so covers none of this page's words.
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { bannerCount, overlapArea, ourBoxes, pageTextRects } from './layout-probe';
import { viewUi } from './ui-probe';

describe('Chromium: on a page too large to move, warnings lie over it', () => {
  const session = chromiumSuite();

  for (const profile of ['standard', 'elder'] as const) {
    it(`${profile}: no room made, no slot inserted, markers after the evidence text`, async () => {
      const s = session();
      expect((await s.updateSettings({ sensitivity: profile })).ok).toBe(true);
      const page = await s.open('/e2e/long-loan-thread.html');
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(8000);
      const tab = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
      expect(tab.findings.map((f) => f.risk)).toContain('loan.advance-fee');
      const ui = await viewUi(page);
      try {
        let last = '';
        const { markers, banner, bannerText } = await waitUntil(
          async () => {
            const boxes = await ourBoxes(ui);
            const count = bannerCount(boxes.bannerText);
            if (!boxes.banner || !count || boxes.markers.length !== count.places) return undefined;
            const key = JSON.stringify(boxes.markers.map((m) => [m.x, m.y]));
            const stable = key === last;
            last = key;
            return stable ? boxes : undefined;
          },
          { what: 'the banner and its counted markers, placed and still', timeoutMs: 15_000, intervalMs: 300 },
        );
        expect(bannerText).toMatch(/个风险/);
        // Nothing of ours went into the page, and the page was not moved.
        expect(await page.evaluate(() => document.querySelectorAll('mingbai-marker-slot').length)).toBe(0);
        expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
        const text = await pageTextRects(page);
        const firstLine = text.reduce((min, r) => Math.min(min, r.y), Infinity);
        expect(firstLine).toBeLessThan(banner!.y + banner!.height);
        // The banner is its one line (folded), even on a wide screen.
        expect(banner!.height).toBeLessThan(profile === 'elder' ? 80 : 64);
        // Each marker starts right after a line of page text ends, on that line, and covers no word.
        expect(markers.length).toBeGreaterThan(0);
        for (const m of markers) {
          const covered = text.filter((t) => overlapArea(m, t) > 0).map((t) => t.text);
          expect(covered, m.what).toEqual([]);
          const before = text.filter((t) => t.y < m.y + m.height && t.y + t.height > m.y && t.x + t.width <= m.x + 1);
          expect(before.length, `${m.what} follows a line of text`).toBeGreaterThan(0);
          const gap = Math.min(...before.map((t) => m.x - (t.x + t.width)));
          expect(gap, `${m.what} is just after the text`).toBeLessThanOrEqual(12);
        }
      } finally {
        await ui.close();
      }
    });
  }
});
