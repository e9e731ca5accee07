// Warnings never cover the page (issue 17): on every risky sample page, at a phone's and a
// desktop's size, in the standard and the elder profile, no marker and not the banner overlaps
// any line of the page's own text, and no marker overlaps the banner. Boxes are read inside the
// closed shadow roots through the DevTools protocol; the page's text by Range.getClientRects.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { riskyFixtures } from '../harness/sample-pages';
import { waitUntil } from '../harness/wait-until';
import { boxOf, clickNode, readUiHosts } from '../harness/closed-shadow';
import { contentText } from '../harness/mingbai-text';
import { chromiumSuite } from './chromium-suite';
import { bannerCount, overlapArea, ourBoxes, pageTextRects, type OurBox } from './layout-probe';
import { viewUi, type UiView } from './ui-probe';

const SIZES = [
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'desktop 1280×800', width: 1280, height: 800 },
] as const;
const PROFILES = ['standard', 'elder'] as const;

/** Our boxes once they have settled: the places the banner counts, markers placed, twice the same. */
async function settledBoxes(ui: UiView) {
  let last = '';
  return waitUntil(
    async () => {
      const boxes = await ourBoxes(ui);
      const count = bannerCount(boxes.bannerText);
      // Every counted place has its slot in the page; a marker whose place the page's own fixed
      // bar covers is hidden (not drawn over the bar's words), so fewer may be shown.
      const slots = await ui.page.evaluate(() => document.querySelectorAll('mingbai-marker-slot').length);
      if (!boxes.banner || !count || slots !== count.places || boxes.markers.length > count.places) return undefined;
      const key = JSON.stringify([boxes.banner, boxes.markers.map((m) => [m.x, m.y, m.width, m.height])]);
      const stable = key === last;
      last = key;
      return stable ? boxes : undefined;
    },
    { what: 'the banner and its counted markers, placed and still', timeoutMs: 15_000, intervalMs: 300 },
  );
}

async function coveredText(page: Page, ours: OurBox[]): Promise<string[]> {
  const text = await pageTextRects(page);
  const problems: string[] = [];
  for (const box of ours) {
    for (const t of text)
      if (overlapArea(box, t) > 0) problems.push(`${box.what} covers "${t.text}" at ${Math.round(t.x)},${Math.round(t.y)}`);
  }
  return problems;
}

describe('Chromium: our UI never covers the page text', () => {
  const session = chromiumSuite();

  for (const profile of PROFILES) {
    for (const size of SIZES) {
      for (const sample of riskyFixtures()) {
        it(`${profile}, ${size.name}: ${sample.name}`, async () => {
          const s = session();
          expect((await s.updateSettings({ sensitivity: profile })).ok).toBe(true);
          if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
          const page = await s.open(sample.path);
          // The size from the start, as on a real phone (the banner folds by the width it opens at).
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.reload();
          const tab = await s.waitForScan(page, (t) => t.findings.length > 0, 10_000).catch(() => null);
          if (!tab) return; // this profile shows nothing on this page: nothing can cover it
          const ui = await viewUi(page);
          try {
            const { markers, banner } = await settledBoxes(ui);
            expect(markers.length).toBeGreaterThan(0);
            const problems = await coveredText(page, [banner!, ...markers]);
            for (const m of markers) if (overlapArea(m, banner!) > 0) problems.push(`${m.what} is over the banner`);
            expect(problems).toEqual([]);
            // The page moved down to make room: its first text starts below the banner.
            const firstText = (await pageTextRects(page)).reduce((min, r) => Math.min(min, r.y), Infinity);
            expect(firstText).toBeGreaterThanOrEqual(banner!.y + banner!.height - 1);
            // One line on a phone: the banner is no taller than one row of its buttons.
            if (size.width === 390) expect(banner!.height).toBeLessThan(profile === 'elder' ? 80 : 64);
          } finally {
            await ui.close();
          }
        });
      }
    }
  }

  it('看看在哪里 brings the evidence fully into view, below the banner, and rings it', async () => {
    const s = session();
    expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
    const page = await s.open('/fixtures/loan-advance-fee-hidden-lures.html');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await s.waitForScan(page, (t) => t.findings.some((f) => f.severity === 'danger'));
    const ui = await viewUi(page);
    try {
      await settledBoxes(ui);
      const show = await waitUntil(
        async () =>
          (await ui.read()).nodes.find((n) => n.role?.value === 'button' && n.name?.value === contentText('content_bannerShow')),
        { what: 'the 看看在哪里 button' },
      );
      await clickNode(page, ui.cdp, show.backendDOMNodeId!);
      const ring = await waitUntil(
        async () => {
          const host = (await readUiHosts(ui.cdp)).find((h) => h.tag === 'mingbai-evidence-highlight');
          if (!host) return undefined;
          for (const id of host.inside) {
            const box = await boxOf(ui.cdp, id).catch(() => null);
            if (box && box.width > 0 && box.height > 0) return box;
          }
          return undefined;
        },
        { what: 'the ring around the evidence' },
      );
      // Wait for the (smooth) scroll to end, then the ring is inside the viewport, below the banner.
      await waitUntil(
        async () => {
          const a = await page.evaluate(() => window.scrollY);
          await new Promise((r) => setTimeout(r, 200));
          return a === (await page.evaluate(() => window.scrollY));
        },
        { what: 'scrolling to stop' },
      );
      const host = (await readUiHosts(ui.cdp)).find((h) => h.tag === 'mingbai-evidence-highlight')!;
      let box = ring;
      for (const id of host.inside) {
        const b = await boxOf(ui.cdp, id).catch(() => null);
        if (b && b.width > 0) box = b;
      }
      const { banner } = await ourBoxes(ui);
      expect(box.y).toBeGreaterThanOrEqual(Math.max(0, banner ? banner.y + banner.height - 1 : 0));
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    } finally {
      await ui.close();
    }
  });
});
