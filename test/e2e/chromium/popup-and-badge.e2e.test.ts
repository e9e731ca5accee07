// The toolbar badge counts the page's findings; the popup (opened as a tab at
// popup.html?tabId=…) lists them, and 在页面上查看 opens the finding's popover on the page.
import { describe, expect, it } from 'vitest';
import { dialogNodes } from '../harness/closed-shadow';
import { uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

describe('Chromium: badge and popup', () => {
  const session = chromiumSuite();

  it('the badge shows the number of findings of each tab, and clears on a harmless page', async () => {
    const s = session();
    const risky = await s.open('/e2e/loan-offer.html');
    const tab = await s.waitForScan(risky, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(risky);
    await waitUntil(async () => (await s.badgeText(tabId)) === String(tab.findings.length), {
      what: `badge "${tab.findings.length}"`,
    });

    // A second tab has its own count.
    const spa = await s.open('/e2e/spa-loan-offer.html');
    const spaTab = await s.waitForScan(spa, (t) => t.findings.length > 0);
    const spaId = await s.tabIdOf(spa);
    expect(spaId).not.toBe(tabId);
    await waitUntil(async () => (await s.badgeText(spaId)) === String(spaTab.findings.length), { what: 'the SPA tab badge' });
    expect(await s.badgeText(tabId)).toBe(String(tab.findings.length));

    // Navigating the first tab to a harmless page clears its badge.
    await risky.goto(s.server.url('/e2e/infinite-feed.html'));
    await s.waitForScan(risky, (t) => t.findings.length === 0);
    await waitUntil(async () => (await s.badgeText(tabId)) === '', { what: 'an empty badge after navigating away' });
  });

  it('a page that changes its address with the History API keeps its findings and badge; a real new document clears them', async () => {
    const s = session();
    const page = await s.open('/e2e/loan-offer.html');
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    const count = String(tab.findings.length);
    await waitUntil(async () => (await s.badgeText(tabId)) === count, { what: `badge "${count}"` });

    // Same document: replaceState (same and new address), pushState, a fragment. Chromium fires
    // tabs.onUpdated "loading" for these, which used to clear the tab.
    await page.evaluate(() => history.replaceState(null, '', location.href));
    await page.evaluate(() => history.replaceState({ step: 2 }, '', '?step=2'));
    await page.evaluate(() => history.pushState({ step: 3 }, '', '/e2e/loan-offer.html?step=3'));
    await page.evaluate(() => (location.hash = 'apply'));
    await page.waitForTimeout(1_500);
    expect((await s.findings(tabId))?.findings.length).toBe(tab.findings.length);
    expect(await s.badgeText(tabId)).toBe(count);

    // A reload is a new document: its own scan replaces the old report.
    await page.reload();
    const again = await s.waitForScan(page, (t) => t.findings.length > 0);
    expect(again.findings.length).toBe(tab.findings.length);
    await waitUntil(async () => (await s.badgeText(tabId)) === count, { what: `badge "${count}" after the reload` });
    // A document where no content script runs (about:blank) clears them.
    await page.goto('about:blank');
    await waitUntil(async () => ((await s.findings(tabId)) === null && (await s.badgeText(tabId)) === '' ? true : undefined), {
      what: 'no findings and an empty badge on a document that reports none',
    });
  });

  it('the popup lists every finding of the tab, grouped by severity, and can reveal one on the page', async () => {
    const s = session();
    const page = await s.open('/e2e/loan-offer.html');
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    const popup = await s.openPopup(tabId);
    const items = popup.locator('#groups li');
    await waitUntil(async () => (await items.count()) === tab.findings.length, {
      what: `${tab.findings.length} items in the popup`,
    });
    const listed = await popup.locator('#groups').innerText();
    for (const f of tab.findings) expect(listed).toContain(f.title);

    // Clicking an item asks the page to show that finding: its popover opens there.
    await items.first().locator('.show').click();
    const ui = await viewUi(page);
    try {
      await waitUntil(async () => dialogNodes(await ui.read()).length > 0, { what: 'the revealed popover on the page' });
    } finally {
      await ui.close();
    }
  });

  it('the popup shows the host name; 在此网站暂停 stops the warnings there and switching it off brings them back', async () => {
    const s = session();
    const page = await s.open('/e2e/loan-offer.html');
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    const popup = await s.openPopup(tabId);
    await popup.getByText(uiString('popup', 'popup_host').replace('$1', '127.0.0.1')).waitFor();
    const pause = popup.getByRole('switch', { name: uiString('popup', 'popup_pause') });
    await pause.check();
    await popup.getByText(uiString('popup', 'popup_pausedNote')).waitFor();
    await waitUntil(async () => (await s.popupState(tabId)).paused, { what: 'the site to be paused' });
    // The open page drops its warnings, like a trusted site.
    await waitUntil(async () => ((await s.findings(tabId))?.findings.length ?? 0) === 0, { what: 'no findings while paused' });
    // The options page lists the paused site.
    const options = await s.openOptions();
    await options.locator('#paused-list li', { hasText: '127.0.0.1' }).waitFor();
    await options.close();
    await pause.uncheck();
    await popup.getByText(uiString('popup', 'popup_resumed')).waitFor();
    expect((await s.popupState(tabId)).paused).toBe(false);
    await waitUntil(async () => ((await s.findings(tabId))?.findings.length ?? 0) === tab.findings.length, {
      what: 'the warnings back after resuming',
    });
  });
});
