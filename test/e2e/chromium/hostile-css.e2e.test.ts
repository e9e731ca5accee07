// Page CSS that fights overlays must not hide the warnings: a layer at z-index 2147483647 over
// everything, `display: none !important` for unknown elements, `all: unset`, and
// `visibility: hidden` for anything added to <body> late. Each marker must be rendered
// (computed style of its host and of itself), on top (elementFromPoint at its centre hits the
// Mingbai host), the danger banner must not be covered, and the popover must open on top. A
// screenshot of each is kept for a human look (test-results/e2e/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/built-extension';
import { boxOf, computedStyle, dialogNodes, UI_HOST_ATTRIBUTE } from '../harness/closed-shadow';
import { waitUntil } from '../harness/wait-until';
import { contentText } from '../harness/mingbai-text';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

/** Screenshots for a human look (test-results/ is git-ignored). */
export const ARTIFACTS = join(PROJECT_ROOT, 'test-results/e2e');

const PAGES = ['hostile-z-index', 'hostile-display-none', 'hostile-all-unset', 'hostile-late-hidden'];

describe('Chromium: page CSS that fights overlays', () => {
  const session = chromiumSuite();

  for (const name of PAGES) {
    it(`${name}: markers, banner and popover stay visible and on top`, async () => {
      const s = session();
      const page = await s.open(`/e2e/${name}.html`);
      await s.waitForScan(page, (t) => t.findings.length > 0);
      const ui = await viewUi(page);
      try {
        const markers = await ui.markers();
        const { hosts } = await ui.read();
        for (const host of hosts) {
          const style = await computedStyle(ui.cdp, host.backendNodeId, ['display', 'visibility', 'opacity', 'z-index']);
          expect(style.display, `host <${host.tag}> display`).not.toBe('none');
          expect(style.visibility, `host <${host.tag}> visibility`).toBe('visible');
          expect(Number(style.opacity)).toBe(1);
        }
        // Every host is in the top layer (a manual popover), above any stacking context the page makes.
        // (Marker slots are not hosts: empty boxes in the page's text, under their markers; decision 0017.)
        const inTopLayer = await page.evaluate(
          (attr) =>
            Array.from(document.querySelectorAll(`[${attr}]:not(mingbai-marker-slot)`)).map((h) => h.matches(':popover-open')),
          UI_HOST_ATTRIBUTE,
        );
        expect(inTopLayer.length).toBeGreaterThan(0);
        expect(inTopLayer.every(Boolean), 'hosts shown as popovers').toBe(true);
        for (const marker of markers) {
          await ui.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: marker.backendDOMNodeId! });
          const style = await computedStyle(ui.cdp, marker.backendDOMNodeId!, ['display', 'visibility', 'opacity']);
          expect(style, marker.name?.value).toMatchObject({ visibility: 'visible' });
          expect(style.display).not.toBe('none');
          const box = await boxOf(ui.cdp, marker.backendDOMNodeId!);
          expect(box.width * box.height, 'marker has a size').toBeGreaterThan(16);
          // Positions settle a frame after scrolling: the hit test may take a moment to hold.
          const hit = await waitUntil(
            async () => {
              const b = await boxOf(ui.cdp, marker.backendDOMNodeId!);
              return page.evaluate(([x, y, attr]) => document.elementFromPoint(x, y)?.hasAttribute(attr) ?? false, [
                b.cx,
                b.cy,
                UI_HOST_ATTRIBUTE,
              ] as const);
            },
            { what: 'hit test', timeoutMs: 2_000 },
          ).catch(() => false);
          expect(hit, `elementFromPoint at "${marker.name?.value}" hits a Mingbai host`).toBe(true);
        }
        // The page banner (these pages all have danger findings) is on top as well: the page
        // cannot cover it. Its text is checked at several points across its width.
        const bannerName = contentText('content_bannerLabel');
        const banner = (await ui.read()).nodes.find((n) => n.name?.value === bannerName);
        expect(banner, `the page banner "${bannerName}"`).toBeTruthy();
        await page.evaluate(() => window.scrollTo(0, 0));
        const bannerBox = await boxOf(ui.cdp, banner!.backendDOMNodeId!);
        const points = [0.2, 0.4, 0.6].map((f) => [bannerBox.x + bannerBox.width * f, bannerBox.cy] as const);
        const covered = await page.evaluate(
          ([pts, attr]) =>
            pts
              .filter(([x, y]) => !(document.elementFromPoint(x, y)?.hasAttribute(attr) ?? false))
              .map(([x, y]) => `${Math.round(x)},${Math.round(y)}: <${document.elementFromPoint(x, y)?.tagName.toLowerCase()}>`),
          [points, UI_HOST_ATTRIBUTE] as const,
        );
        expect(covered, 'points of the banner covered by the page').toEqual([]);

        // The popover opens above the page too.
        await ui.openPopover(await ui.clickableMarker(markers));
        const dialog = dialogNodes(await ui.read())[0]!;
        const box = await boxOf(ui.cdp, dialog.backendDOMNodeId!);
        const hit = await page.evaluate(([x, y, attr]) => document.elementFromPoint(x, y)?.hasAttribute(attr) ?? false, [
          box.cx,
          box.cy,
          UI_HOST_ATTRIBUTE,
        ] as const);
        expect(hit, 'elementFromPoint at the popover hits the Mingbai host').toBe(true);
      } finally {
        // Kept for a human look, also (above all) when an assertion failed.
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) }).catch(() => undefined);
        await ui.close();
      }
    });
  }
});
