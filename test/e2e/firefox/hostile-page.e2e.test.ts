// The hostile page in Firefox ESR (the Chromium twins: chromium/hostile-page*.e2e.test.ts). It
// spies on every message, WXT's event names and every DOM change, forges and replays start/stop
// messages early and late, and then tries every way of hiding the warnings
// (harness/hostile-attacks.ts). The warnings must stay, come back, or turn the badge to "!".
// The hiding cases both browsers share live in ../scenarios/hide-attacks.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_UUID } from '../harness/firefox-session';
import { readUiPlacement } from '../harness/hostile-attacks';
import { firefoxSuite } from './firefox-suite';
import {
  itAnswersEveryHideAttack,
  itOutlastsPagesThatStrikeFirst,
  openWarned,
  type HideAttackBrowser,
} from '../scenarios/hide-attacks';

interface Spy {
  messages: unknown[];
  events: unknown[];
  mutations: unknown[];
  firstUiAt: number;
  forged: number;
}

describe('Firefox ESR: a hostile page', () => {
  const s = firefoxSuite();

  const driver: HideAttackBrowser<Page> = {
    name: 'Firefox ESR',
    session: () => s,
    extensionId: () => s.geckoId,
    inPage: (page, fn) => page.evaluate(fn),
  };

  it('sees no message, event or DOM change from Mingbai before its warning, and no extension id', async () => {
    const { page } = await openWarned(driver, '&forge=0');
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
    const { page, tabId, report, before } = await openWarned(driver);
    expect(await page.evaluate(() => (window as unknown as { __spy: Spy }).__spy.forged)).toBeGreaterThan(0);
    await page.evaluate(() => {
      for (let i = 0; i < 20; i++) (window as unknown as { __forge(): void }).__forge();
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await page.evaluate(readUiPlacement)).hosts).toBe(before.hosts);
    expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
  });

  itAnswersEveryHideAttack(driver);
  itOutlastsPagesThatStrikeFirst(driver);

  it('a page that gives its lures our UI attribute (data-mingbai-ui) is still read, also when they arrive late', async () => {
    const page = await s.open('/e2e/hostile-own-attribute.html?late=1');
    const first = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    expect(first.findings.map((f) => f.risk)).toEqual(expect.arrayContaining(['loan.advance-fee']));
    await s.waitForScan(page, (t) => t.findings.some((f) => f.risk === 'loan.no-credit-check-bait'), 20_000);
  });
});
