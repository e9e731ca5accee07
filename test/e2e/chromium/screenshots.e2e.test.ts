// Screenshots for the README (docs/screenshots/*-zh.png), taken from the real extension: a
// popover on a risky loan page, the popup listing that page's findings, and the options page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/built-extension';
import { riskyFixtures } from '../harness/sample-pages';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

const OUT = join(PROJECT_ROOT, 'docs/screenshots');
// Prefer the loan sample page; fall back to the e2e loan offer while fixtures are missing.
const samplePath = riskyFixtures().find((p) => p.expect.kind === 'loan')?.path ?? '/e2e/loan-offer.html';

describe('Chromium: README screenshots', () => {
  const session = chromiumSuite();

  it('popover-zh.png, popup-zh.png, options-zh.png', async () => {
    const s = session();
    mkdirSync(OUT, { recursive: true });
    const page = await s.open(samplePath);
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    const ui = await viewUi(page);
    try {
      const markers = await ui.markers();
      await ui.openPopover(await ui.clickableMarker(markers));
      await page.screenshot({ path: join(OUT, 'popover-zh.png') });
    } finally {
      await ui.close();
    }

    const popup = await s.openPopup(tabId);
    await popup.setViewportSize({ width: 420, height: 760 });
    await waitUntil(async () => (await popup.locator('#groups li').count()) === tab.findings.length, { what: 'the popup list' });
    await popup.screenshot({ path: join(OUT, 'popup-zh.png'), fullPage: true });

    const options = await s.openOptions();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.getByRole('radio').first().waitFor();
    await options.screenshot({ path: join(OUT, 'options-zh.png'), fullPage: true });
    expect(tab.findings.length).toBeGreaterThan(0);
  });
});
