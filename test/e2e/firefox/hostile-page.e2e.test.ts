// The hostile page in Firefox ESR (the Chromium twins: chromium/hostile-page*.e2e.test.ts). It
// spies on every message, WXT's event names and every DOM change, forges and replays start/stop
// messages early and late, and then tries every way of hiding the warnings
// (harness/hostile-attacks.ts). The warnings must stay, come back, or turn the badge to "!".
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_UUID } from '../harness/firefox-session';
import { HIDE_ATTACKS, readUiPlacement } from '../harness/hostile-attacks';
import { waitUntil } from '../harness/wait-until';
import { firefoxSuite } from './firefox-suite';

interface Spy {
  messages: unknown[];
  events: unknown[];
  mutations: unknown[];
  firstUiAt: number;
  forged: number;
}

describe('Firefox ESR: a hostile page', () => {
  const s = firefoxSuite();

  const openWarned = async (query = '') => {
    const page = await s.open(`/e2e/hostile-page.html?id=${encodeURIComponent(s.geckoId)}${query}`);
    const tabId = await s.tabIdOf(page);
    const report = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    await waitUntil(async () => ((await page.evaluate(readUiPlacement)).bannerOnTop ? true : undefined), {
      what: 'the banner on top',
      timeoutMs: 10_000,
    });
    return { page, tabId, report, before: await page.evaluate(readUiPlacement) };
  };
  const restored = async (page: Page, hosts: number) => {
    const ui = await page.evaluate(readUiPlacement);
    return ui.hosts >= hosts && ui.underHtml && ui.open && ui.bannerOnTop;
  };

  it('sees no message, event or DOM change from Mingbai before its warning, and no extension id', async () => {
    const { page } = await openWarned('&forge=0');
    const spy = await page.evaluate(() => (window as unknown as { __spy: Spy }).__spy);
    expect(spy.messages).toEqual([]);
    expect(spy.events).toEqual([]);
    expect(spy.firstUiAt).toBeGreaterThanOrEqual(0);
    expect(spy.mutations.slice(0, spy.firstUiAt)).toEqual([]);
    const text = JSON.stringify(spy);
    expect(text).not.toContain(s.geckoId);
    expect(text).not.toContain(EXTENSION_UUID);
  });

  it('keeps its warnings when the page replays every message early and late', async () => {
    const { page, tabId, report, before } = await openWarned();
    expect(await page.evaluate(() => (window as unknown as { __spy: Spy }).__spy.forged)).toBeGreaterThan(0);
    await page.evaluate(() => {
      for (let i = 0; i < 20; i++) (window as unknown as { __forge(): void }).__forge();
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await page.evaluate(readUiPlacement)).hosts).toBe(before.hosts);
    expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
  });

  for (const attack of HIDE_ATTACKS) {
    it(`${attack.name}: ${attack.expect}`, async () => {
      const { page, tabId, report, before } = await openWarned();
      expect(await s.badgeText(tabId)).toBe(String(report.findings.length));
      await page.evaluate(attack.run);
      const outcome = await waitUntil(
        async () => {
          if (attack.expect !== 'fallback' && (await restored(page, before.hosts))) return 'restored';
          if (attack.expect !== 'restored' && (await s.badgeText(tabId)) === '!') return 'fallback';
          return undefined;
        },
        { what: `Mingbai's answer to a page that ${attack.name}`, timeoutMs: 10_000 },
      );
      console.log(`[hostile firefox] ${attack.name}: ${outcome}`);
      expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
    });
  }

  for (const attack of ['patch', 'define']) {
    it(`a page that ${attack === 'patch' ? 'patches the DOM APIs' : 'defines our tag names'} first still gets its warnings, and they come back`, async () => {
      const { page, before } = await openWarned(`&attack=${attack}`);
      expect(before.hosts).toBeGreaterThan(0);
      await page.evaluate(() => document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove()));
      await waitUntil(async () => ((await restored(page, before.hosts)) ? true : undefined), {
        what: 'the hosts back',
        timeoutMs: 10_000,
      });
    });
  }

  it('a page that gives its lures our UI attribute (data-mingbai-ui) is still read, also when they arrive late', async () => {
    const page = await s.open('/e2e/hostile-own-attribute.html?late=1');
    const first = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    expect(first.findings.map((f) => f.risk)).toEqual(expect.arrayContaining(['loan.advance-fee']));
    await s.waitForScan(page, (t) => t.findings.some((f) => f.risk === 'loan.no-credit-check-bait'), 20_000);
  });
});
