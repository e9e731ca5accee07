// A page that forbids every script and style of its own (Content-Security-Policy: default-src
// 'none') still gets its markers, banner and popover: the content script loads the page-UI chunk
// at run time (docs/decisions/0005-lazy-page-ui.md), and the page's policy must not stop that.
import { describe, expect, it } from 'vitest';
import { contentText } from '../harness/mingbai-text';
import { STRICT_CSP } from '../harness/page-server';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

describe('Chromium: a page with a strict Content-Security-Policy', () => {
  const session = chromiumSuite();

  it(`${STRICT_CSP}: markers, banner and popover`, async () => {
    const s = session();
    const page = await s.open('/strict-csp/e2e/loan-offer.html');
    // The policy is in force: the page's own <style> (a green header) is refused.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor)).not.toBe(
      'rgb(0, 170, 119)',
    );
    const tab = await s.waitForScan(page, (t) => t.findings.some((f) => f.severity === 'danger'));
    const ui = await viewUi(page);
    try {
      const markers = await ui.markers();
      expect(markers.length).toBeGreaterThan(0);
      const banner = (await ui.read()).nodes.find((n) => n.name?.value === contentText('content_bannerLabel'));
      expect(banner, 'the page banner').toBeTruthy();
      const marker = await ui.clickableMarker(markers);
      const finding = tab.findings.find((f) => (marker.name?.value ?? '').includes(f.title));
      expect(finding, `a finding titled in "${marker.name?.value}"`).toBeTruthy();
      expect(await ui.openPopover(marker)).toContain(finding!.advice);
    } finally {
      await ui.close();
    }
  });
});
