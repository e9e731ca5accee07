// Firefox ESR: the extension scans risky pages (the popup lists the findings, the badge counts
// them, the page holds Mingbai's UI hosts), leaves benign pages alone, and scans content that
// arrives after load.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { benignFixtures, riskyFixtures } from '../harness/sample-pages';
import { riskSet } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { startFirefox, type FirefoxSession } from '../harness/firefox-session';

const risky = riskyFixtures();
const benign = benignFixtures();

describe('Firefox ESR', () => {
  let s: FirefoxSession;
  const opened: Page[] = [];
  beforeAll(async () => {
    s = await startFirefox();
    if (s.geckoIdAdded) console.warn('[e2e] the Firefox build has no gecko id; the test copy got one');
  }, 60_000);
  afterEach(async () => {
    for (const p of opened.splice(0)) await p.close().catch(() => undefined);
  });
  afterAll(async () => {
    await s?.close();
  }, 30_000);
  const open = async (path: string) => {
    const p = await s.open(path);
    opened.push(p);
    return p;
  };

  it('the build carries a stable gecko id', () => {
    expect(s.geckoIdAdded, 'manifest browser_specific_settings.gecko.id').toBe(false);
  });

  it('risky pages: the popup lists their findings and the badge counts them', async () => {
    const pages = [...risky.map((p) => ({ path: p.path, risks: p.expect.risks })), { path: '/e2e/loan-offer.html', risks: undefined }];
    for (const sample of pages) {
      const page = await open(sample.path);
      const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
      const tabId = await s.tabIdOf(page);
      // The default (standard) profile hides info findings: what is shown is part of the elder set.
      if (sample.risks) for (const r of riskSet(tab.findings)) expect(sample.risks, sample.path).toContain(r);
      expect(await s.badgeText(tabId)).toBe(String(tab.findings.length));
      expect(await s.uiHostCount(page), `Mingbai UI hosts in ${sample.path}`).toBeGreaterThan(0);

      const popup = await s.openPopup(tabId);
      opened.push(popup);
      const listed = await waitUntil(
        () => popup.evaluate((n) => (document.querySelectorAll('#groups li').length === n ? document.querySelector('#groups')!.textContent : null), tab.findings.length),
        { what: `${tab.findings.length} findings in the popup for ${sample.path}` },
      );
      for (const f of tab.findings) expect(listed).toContain(f.title);
    }
  });

  it('benign pages: no findings, no badge, the popup says so', async () => {
    expect(benign.length, 'benign sample pages exist').toBeGreaterThan(0);
    for (const sample of benign) {
      const page = await open(sample.path);
      const tab = await s.waitForScan(page);
      expect(tab.findings.map((f) => f.risk), sample.name).toEqual([]);
      const tabId = await s.tabIdOf(page);
      expect(await s.badgeText(tabId)).toBe('');
      const popup = await s.openPopup(tabId);
      opened.push(popup);
      await waitUntil(() => popup.evaluate(() => !document.getElementById('empty')!.hidden && document.querySelectorAll('#groups li').length === 0), {
        what: `the popup's empty message for ${sample.name}`,
      });
    }
  });

  it('content added after load is scanned: SPA offer after 500 ms, feed item on scroll', async () => {
    const spa = await open('/e2e/spa-loan-offer.html');
    const spaTab = await s.waitForScan(spa, (t) => t.findings.length > 0);
    expect(spaTab.kind).toBe('loan');
    expect(await s.uiHostCount(spa)).toBeGreaterThan(0);

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
