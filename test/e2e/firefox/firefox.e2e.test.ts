// Firefox ESR: the extension scans risky pages (the popup lists exactly the expected findings,
// the badge counts them, the page holds Mingbai's UI hosts), leaves benign pages alone, shows
// its UI on a page with a strict CSP, scans content that arrives after load, and reads a page
// around its large inline scripts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeReply } from '../../../src/extension/protocol';
import { benignFixtures, riskyFixtures } from '../harness/sample-pages';
import { riskSet } from '../harness/mingbai-text';
import { STRICT_CSP } from '../harness/page-server';
import { waitUntil } from '../harness/wait-until';
import { largeScriptCases } from '../scenarios/large-scripts';
import { firefoxSuite } from './firefox-suite';

const risky = riskyFixtures();
const benign = benignFixtures();

describe('Firefox ESR', () => {
  const s = firefoxSuite();
  beforeAll(() => {
    if (s.geckoIdAdded) console.warn('[e2e] the Firefox build has no gecko id; the test copy got one');
  });
  const open = (path: string) => s.open(path);
  const profile = async (sensitivity: 'elder' | 'standard') =>
    expect(await s.send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { sensitivity } })).toEqual({ ok: true });
  /** The popup at popup.html?tabId=…: waits for `count` items and returns the list's text. */
  const popupList = async (tabId: number, count: number) => {
    const popup = await s.openPopup(tabId);
    return waitUntil(
      () =>
        popup.evaluate(
          (n) =>
            document.querySelectorAll('#groups li').length === n ? (document.querySelector('#groups')?.textContent ?? '') : null,
          count,
        ),
      { what: `${count} findings in the popup` },
    );
  };

  largeScriptCases({ name: 'Firefox ESR', session: () => s });

  it('the build carries a stable gecko id', () => {
    expect(s.geckoIdAdded, 'manifest browser_specific_settings.gecko.id').toBe(false);
  });

  it('there are risky and benign sample pages', () => {
    expect(risky.length).toBeGreaterThan(0);
    expect(benign.length).toBeGreaterThan(0);
  });

  for (const sample of risky) {
    it(`risky ${sample.name}: the popup lists the expected findings, the badge counts them`, async () => {
      await profile('elder'); // the .expect.json risks are the elder profile's
      if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
      const expected = [...sample.expect.risks].sort();
      const page = await open(sample.path);
      const tab = await s
        .waitForScan(page, (t) => JSON.stringify(riskSet(t.findings)) === JSON.stringify(expected))
        .catch(async () => s.findings(await s.tabIdOf(page)));
      expect(riskSet(tab?.findings ?? [])).toEqual(expected);
      const tabId = await s.tabIdOf(page);
      expect(await s.badgeText(tabId)).toBe(String(tab!.findings.length));
      await waitUntil(async () => (await s.uiHostCount(page)) > 0, { what: 'Mingbai UI hosts in the page' });
      const listed = await popupList(tabId, tab!.findings.length);
      for (const f of tab!.findings) expect(listed).toContain(f.title);
    });
  }

  for (const sample of benign) {
    it(`benign ${sample.name}: no findings, no badge, the popup says so`, async () => {
      await profile('elder');
      const page = await open(sample.path);
      const tab = await s.waitForScan(page);
      expect(tab.findings.map((f) => f.risk)).toEqual([]);
      const tabId = await s.tabIdOf(page);
      expect(await s.badgeText(tabId)).toBe('');
      const popup = await s.openPopup(tabId);
      await waitUntil(
        () =>
          popup.evaluate(() => !document.getElementById('empty')!.hidden && document.querySelectorAll('#groups li').length === 0),
        {
          what: `the popup's empty message`,
        },
      );
    });
  }

  it(`a page with a strict Content-Security-Policy (${STRICT_CSP}) still gets Mingbai's UI`, async () => {
    await profile('standard');
    const page = await open('/strict-csp/e2e/loan-offer.html');
    // The policy is in force: the page's own <style> (a green header) is refused.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor)).not.toBe(
      'rgb(0, 170, 119)',
    );
    await s.waitForScan(page, (t) => t.findings.some((f) => f.severity === 'danger'));
    // Markers and the danger banner come from the page-UI chunk, loaded at run time.
    await waitUntil(async () => (await s.uiHostCount(page)) >= 2, { what: 'Mingbai UI hosts (markers and banner) in the page' });
  });

  it('content added after load is scanned: SPA offer after 500 ms, feed item on scroll', async () => {
    await profile('standard');
    const spa = await open('/e2e/spa-loan-offer.html');
    const spaTab = await s.waitForScan(spa, (t) => t.findings.length > 0);
    expect(spaTab.kind).toBe('loan');
    expect(spaTab.findings.map((f) => f.risk)).toEqual(expect.arrayContaining(['loan.advance-fee', 'loan.apr-over-cap']));
    await waitUntil(async () => (await s.uiHostCount(spa)) > 0, { what: 'Mingbai UI hosts in the SPA' });
    await popupList(await s.tabIdOf(spa), spaTab.findings.length);

    const feed = await open('/e2e/infinite-feed.html');
    expect((await s.waitForScan(feed)).findings).toEqual([]);
    await waitUntil(
      async () => {
        await feed.evaluate(() => window.scrollBy(0, 1500));
        return feed.evaluate(() => Number(document.body.dataset.batches) >= 2);
      },
      { what: 'the feed to load its second batch' },
    );
    const tab = await s.waitForScan(feed, (t) => t.findings.length > 0);
    expect(tab.findings.map((f) => f.risk)).toContain('common.prechecked-consent');
  });
});
