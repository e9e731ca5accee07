// A hostile page in Chromium tries to hide the warnings once they are shown (every attack of
// harness/hostile-attacks.ts), or patches the DOM APIs and defines our tag names before Mingbai
// runs. The warnings must come back, or, where the page can still hide them (inert, a modal
// dialog, a fight loop), the badge must say "!" while the popup's list stays as it was.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HIDE_ATTACKS, readUiPlacement } from '../harness/hostile-attacks';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';

describe('Chromium: a page cannot hide the warnings', () => {
  const session = chromiumSuite();

  const openWarned = async (query = '') => {
    const s = session();
    const page = await s.open(`/e2e/hostile-page.html?id=${s.extensionId}${query}`);
    const tabId = await s.tabIdOf(page);
    const report = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    await waitUntil(async () => ((await page.evaluate(readUiPlacement)).bannerOnTop ? true : undefined), {
      what: 'the banner on top',
      timeoutMs: 10_000,
    });
    return { s, page, tabId, report, before: await page.evaluate(readUiPlacement) };
  };

  const restored = async (page: Page, hosts: number) => {
    const ui = await page.evaluate(readUiPlacement);
    return ui.hosts >= hosts && ui.underHtml && ui.open && ui.bannerOnTop;
  };

  for (const attack of HIDE_ATTACKS) {
    it(`${attack.name}: ${attack.expect === 'restored' ? 'the warnings come back' : attack.expect === 'fallback' ? 'the badge says "!"' : 'the warnings stay seen, or the badge says "!"'}`, async () => {
      const { s, page, tabId, report, before } = await openWarned();
      const count = await s.badgeText(tabId);
      expect(count).toBe(String(report.findings.length));
      await page.evaluate(attack.run);
      const outcome = await waitUntil(
        async () => {
          if (attack.expect !== 'fallback' && (await restored(page, before.hosts))) return 'restored';
          if (attack.expect !== 'restored' && (await s.badgeText(tabId)) === '!') return 'fallback';
          return undefined;
        },
        { what: `Mingbai's answer to a page that ${attack.name}`, timeoutMs: 10_000 },
      );
      console.log(`[hostile] ${attack.name}: ${outcome}`);
      // The popup's list is never touched by the page.
      expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
      // The page stays responsive: no fight loop on its main thread.
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
    });
  }

  it('a modal dialog that closes again: the badge count comes back', async () => {
    const { s, page, tabId, report } = await openWarned();
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.id = 'nag';
      document.body.append(dialog);
      dialog.showModal();
    });
    await waitUntil(async () => ((await s.badgeText(tabId)) === '!' ? true : undefined), {
      what: 'badge "!"',
      timeoutMs: 10_000,
    });
    await page.evaluate(() => (document.getElementById('nag') as HTMLDialogElement).close());
    await waitUntil(async () => ((await s.badgeText(tabId)) === String(report.findings.length) ? true : undefined), {
      what: 'the badge count again',
      timeoutMs: 10_000,
    });
    expect(await page.evaluate(readUiPlacement)).toMatchObject({ underHtml: true, open: true, bannerOnTop: true });
  });

  for (const attack of ['patch', 'define']) {
    it(`a page that ${attack === 'patch' ? 'patches MutationObserver, attachShadow, elementFromPoint and showPopover' : 'defines custom elements of our tag names'} first still gets its warnings, and they come back when removed`, async () => {
      const { page, before } = await openWarned(`&attack=${attack}`);
      expect(before.hosts).toBeGreaterThan(0);
      await page.evaluate(() => document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove()));
      await waitUntil(async () => ((await restored(page, before.hosts)) ? true : undefined), {
        what: 'the hosts back',
        timeoutMs: 10_000,
      });
    });
  }
});
