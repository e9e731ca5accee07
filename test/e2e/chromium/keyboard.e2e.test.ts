// Keyboard and screen readers: a marker is reachable with Tab, announced as a button named
// "风险提醒：<title>", Enter opens its popover (a dialog named by the title), Escape closes it and
// gives focus back to the marker.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { boxOf, computedStyle, dialogNodes, markerNodes, UI_HOST_ATTRIBUTE, type AxNode } from '../harness/closed-shadow';
import { markerNamePattern } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

/** The accessibility node that has keyboard focus (inside closed shadow roots too). */
async function focusedNode(cdp: CDPSession): Promise<AxNode | undefined> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
  return nodes.find(
    (n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true) && n.role?.value !== 'RootWebArea',
  );
}

const focusIsOnHost = (page: Page) =>
  page.evaluate((attr) => document.activeElement?.hasAttribute(attr) ?? false, UI_HOST_ATTRIBUTE);

describe('Chromium: keyboard and screen reader', () => {
  const session = chromiumSuite();

  it('Tab reaches a marker, Enter opens its popover, Escape closes it and returns focus', async () => {
    const s = session();
    const page = await s.open('/e2e/loan-offer.html');
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const ui = await viewUi(page);
    try {
      const markers = await ui.markers();
      const names = markers.map((m) => m.name?.value ?? '');
      for (const f of tab.findings)
        expect(
          names.some((n) => n.includes(f.title)),
          `a marker announces "${f.title}"`,
        ).toBe(true);

      await page.bringToFront();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await waitUntil(
        async () => {
          await page.keyboard.press('Tab');
          // The danger banner's buttons come first in tab order (it is the first host); go on
          // until a marker itself has focus.
          if (!(await focusIsOnHost(page))) return false;
          return markerNamePattern().test((await focusedNode(ui.cdp))?.name?.value ?? '');
        },
        { what: 'Tab to reach a Mingbai marker', timeoutMs: 20_000, intervalMs: 0 },
      );
      const focused = await focusedNode(ui.cdp);
      expect(focused?.role?.value).toBe('button');
      expect(focused?.name?.value).toMatch(markerNamePattern());

      await page.keyboard.press('Enter');
      const dialog = await waitUntil(async () => dialogNodes(await ui.read())[0], { what: 'a popover after Enter' });
      const title = focused!.name!.value.replace(markerNamePattern(), '').replace(/^[：:，,]\s*/, '');
      expect(tab.findings.some((f) => dialog.name?.value === f.title || title.includes(f.title))).toBe(true);

      await page.keyboard.press('Escape');
      await waitUntil(async () => dialogNodes(await ui.read()).length === 0, { what: 'the popover to close on Escape' });
      expect(await focusIsOnHost(page)).toBe(true);
      expect(markerNodes(await ui.read(), markerNamePattern()).length).toBe(markers.length);
    } finally {
      await ui.close();
    }
  });

  it('Tab reaches every marker, those below the fold too, in document order, each with a visible focus ring', async () => {
    const s = session();
    expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
    const page = await s.open('/fixtures/food-ghost-shop-several-risks.html');
    await page.setViewportSize({ width: 390, height: 844 });
    await s.waitForScan(page, (t) => t.findings.length > 0);
    const ui = await viewUi(page);
    try {
      const slots = () => page.evaluate(() => document.querySelectorAll('mingbai-marker-slot').length);
      const markers = await waitUntil(
        async () => {
          const found = markerNodes(await ui.read(), markerNamePattern());
          return found.length > 1 && found.length === (await slots()) ? found : undefined;
        },
        { what: 'every marker announced' },
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      const belowFold = [];
      for (const m of markers) if ((await boxOf(ui.cdp, m.backendDOMNodeId!)).y > 844) belowFold.push(m);
      expect(belowFold.length, 'markers below the first screen').toBeGreaterThan(0);

      await page.bringToFront();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: number[] = [];
      for (let i = 0; i < 200 && reached.length < markers.length; i++) {
        await page.keyboard.press('Tab');
        const focused = await focusedNode(ui.cdp);
        const id = focused?.backendDOMNodeId;
        if (id === undefined || !markers.some((m) => m.backendDOMNodeId === id)) continue;
        if (reached.includes(id)) break;
        reached.push(id);
        const ring = await computedStyle(ui.cdp, id, ['outline-style', 'outline-width']);
        expect(ring['outline-style'], 'focus ring').not.toBe('none');
        expect(parseFloat(ring['outline-width']!)).toBeGreaterThanOrEqual(3);
      }
      // markerNodes lists them in tree order, which the layer keeps in the page's reading order.
      expect(reached).toEqual(markers.map((m) => m.backendDOMNodeId));
    } finally {
      await ui.close();
    }
  });
});
