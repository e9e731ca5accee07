// Content that arrives after load is scanned too: a single-page app that renders its loan
// offer 500 ms after load, and an endless feed that appends a sponsored post on scroll.
import { describe, expect, it } from 'vitest';
import { boxOf } from '../harness/closed-shadow';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

describe('Chromium: content added after load', () => {
  const session = chromiumSuite();

  it('SPA: a loan offer rendered 500 ms after load gets findings and markers beside it', async () => {
    const s = session();
    const page = await s.open('/e2e/spa-loan-offer.html');
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    expect(await page.evaluate(() => document.body.dataset.rendered)).toBe('yes');
    expect(tab.kind).toBe('loan');
    const risks = tab.findings.map((f) => f.risk);
    expect(risks).toEqual(expect.arrayContaining(['loan.advance-fee', 'loan.apr-over-cap']));
    const ui = await viewUi(page);
    try {
      const markers = await ui.markers();
      // The markers sit beside the rendered offer, not somewhere else on the page.
      const app = (await page.locator('#app').boundingBox())!;
      const box = await boxOf(ui.cdp, markers[0]!.backendDOMNodeId!);
      expect(box.cy).toBeGreaterThanOrEqual(app.y - 40);
      expect(box.cy).toBeLessThanOrEqual(app.y + app.height + 40);
    } finally {
      await ui.close();
    }
  });

  it('endless feed: a risky post appended on scroll gets a finding and a marker', async () => {
    const s = session();
    const page = await s.open('/e2e/infinite-feed.html');
    const first = await s.waitForScan(page);
    expect(first.findings, 'the first batch of recipes is harmless').toEqual([]);
    // Scroll like a reader until the second batch (with the sponsored post) is in.
    await waitUntil(
      async () => {
        await page.mouse.wheel(0, 1500);
        return Number(await page.evaluate(() => document.body.dataset.batches)) >= 2;
      },
      { what: 'the feed to load its second batch', timeoutMs: 10_000 },
    );
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    expect(tab.findings.map((f) => f.risk)).toContain('common.prechecked-consent');
    const sponsored = page.locator('article.sponsored');
    await sponsored.scrollIntoViewIfNeeded();
    const ui = await viewUi(page);
    try {
      const markers = await ui.markers();
      const post = (await sponsored.boundingBox())!;
      const boxes = await Promise.all(markers.map((m) => boxOf(ui.cdp, m.backendDOMNodeId!)));
      expect(
        boxes.some((b) => b.cy >= post.y - 40 && b.cy <= post.y + post.height + 40),
        'a marker beside the sponsored post',
      ).toBe(true);
    } finally {
      await ui.close();
    }
  });
});
