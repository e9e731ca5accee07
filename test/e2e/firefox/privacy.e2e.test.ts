// Privacy proven in E2E in Firefox ESR (issue 18): puppeteer-core over WebDriver BiDi reports the
// network requests of every tab it sees: the test tabs (where the content script runs) and the
// extension's pages (popup, options, welcome). BiDi does not list the MV2 background page as a
// browsing context puppeteer can watch, so an observer in the browser's parent process
// (harness/firefox-privileged.ts) logs every request made with the extension's principal: the
// background page's and the content script's. While the built extension visits every fixture
// page, opens those pages, tries the voice (试听) and imports a rule pack, the test fails on any
// request that is not the extension loading its own files or a tab loading its page. The negative
// control shows both recorders catch requests: from an extension page, a tab, the background page
// and the content script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { optionsPath } from '../harness/built-extension';
import { fixtureAssets } from '../harness/fixture-assets';
import { uiString } from '../harness/mingbai-text';
import { networkRecorder, type NetworkRecorder } from '../harness/network-recorder';
import { fixturePages } from '../harness/sample-pages';
import { extensionRequestLog, runInContentScript, type ExtensionRequestLog } from '../harness/firefox-privileged';
import { waitUntil } from '../harness/wait-until';
import { startFirefox, type FirefoxSession } from '../harness/firefox-session';
import { familyPack } from '../../unit/background/family-pack';

describe('Firefox ESR: privacy, no request leaves the extension', () => {
  let s: FirefoxSession;
  let extensionOrigin = '';
  beforeAll(async () => {
    s = await startFirefox();
    extensionOrigin = s.extensionUrl('').replace(/\/$/, '');
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  }, 30_000);

  const extensionPages = new WeakMap<Page, string>();
  const gotoExtension = async (page: Page, path: string) => {
    await s.gotoExtensionPage(page, path);
    extensionPages.set(page, s.extensionUrl(path));
  };
  /** Records every request of the given pages (and of pages opened later) into a fresh recorder. */
  const recordPages = async (): Promise<NetworkRecorder & { watch(page: Page): void }> => {
    const recorder = networkRecorder(extensionOrigin, s.server.origin, fixtureAssets(s.server.origin));
    const watch = (page: Page) => {
      // page.url() lags behind over BiDi: a request belongs to the document last navigated to.
      let document = page.url();
      page.on('request', (request: HTTPRequest) => {
        if (request.isNavigationRequest()) document = request.url();
        // BiDi reports no navigation to a moz-extension: page (and page.url() does not follow it),
        // so the test marks the tabs it sent to extension pages.
        const shown = extensionPages.get(page);
        const by = shown ?? (request.isNavigationRequest() ? page.url() : document);
        recorder.record({
          url: request.url(),
          method: request.method(),
          source: by.startsWith(`${extensionOrigin}/`) ? 'extension-page' : 'tab',
          by,
        });
      });
    };
    for (const page of await s.browser.pages()) watch(page);
    return Object.assign(recorder, { watch });
  };
  /** What the parent-process log saw that puppeteer cannot: the background page's and the content script's requests. */
  const recordExtensionLog = async (recorder: NetworkRecorder, log: ExtensionRequestLog): Promise<number> => {
    const taken = await log.take();
    for (const request of taken)
      if (request.source === 'background' || request.source === 'content-script') recorder.record(request);
    return taken.length;
  };
  const newPage = async (recorder: { watch(page: Page): void }) => {
    const page = await s.browser.newPage();
    recorder.watch(page);
    return page;
  };

  it('every fixture page, the popup, options, welcome, 试听 and a pack import make no request', async () => {
    const recorder = await recordPages();
    const log = await extensionRequestLog(s);
    const tab = await newPage(recorder);
    const pages = fixturePages();
    for (const fixture of pages) {
      await tab.goto(s.server.url(fixture.path));
      await s.waitForScan(tab);
    }
    const tabId = await s.tabIdOf(tab);

    const popup = await newPage(recorder);
    await gotoExtension(popup, `popup.html?tabId=${tabId}`);

    const welcome = await newPage(recorder);
    await gotoExtension(welcome, 'welcome.html');
    const tryVoice = uiString('welcome', 'welcome_tryVoice');
    await welcome.evaluate(
      (name) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click(),
      tryVoice,
    );
    await waitUntil(() => welcome.evaluate(() => document.getElementById('voice-status')?.textContent || null), {
      what: 'a word about the voice',
    });

    const options = await newPage(recorder);
    await gotoExtension(options, optionsPath(s.extension.manifest));
    const dir = mkdtempSync(join(tmpdir(), 'mingbai-privacy-'));
    try {
      const file = join(dir, 'p.json');
      writeFileSync(file, JSON.stringify(familyPack()));
      const input = (await options.$('#import-pack')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      await waitUntil(() => options.evaluate(() => document.querySelector('#packs-list button') !== null || null), {
        what: 'the imported pack listed',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await new Promise((r) => setTimeout(r, 2_000));
    const withOurPrincipal = await recordExtensionLog(recorder, log);
    await log.stop();
    console.info(
      `privacy (Firefox): ${withOurPrincipal} HTTP requests made with the extension's principal (background, pages, content script)`,
    );
    const bySource = recorder.all.reduce<Record<string, number>>((n, r) => ({ ...n, [r.source]: (n[r.source] ?? 0) + 1 }), {});
    console.info(`privacy (Firefox): ${recorder.all.length} requests recorded by source ${JSON.stringify(bySource)}`);
    expect(recorder.all.filter((r) => r.source === 'tab' && r.url.startsWith(s.server.origin)).length).toBeGreaterThanOrEqual(
      pages.length,
    );
    expect(recorder.violations).toEqual([]);
    await s.send({ type: 'mingbai/removePack', id: 'family-extra' }).catch(() => undefined);
    for (const p of [tab, popup, welcome, options]) await p.close().catch(() => undefined);
  }, 170_000);

  it('negative control: deliberate requests from an extension page, a tab, the background page and the content script are caught', async () => {
    const recorder = await recordPages();
    const log = await extensionRequestLog(s);
    // Firefox refuses port 9 before any request exists, so the page server stands in for a
    // remote host: a path no page of it has, from a tab or an extension page, is a violation.
    const target = (who: string) => s.server.url(`/leak-from-${who}`);
    const options = await newPage(recorder);
    await gotoExtension(options, optionsPath(s.extension.manifest));
    await options.evaluate(
      (url) =>
        fetch(url)
          .catch(() => undefined)
          .then(() => undefined),
      target('options'),
    );
    const tab = await newPage(recorder);
    await tab.goto(s.server.url('/e2e/loan-offer.html'));
    await tab.evaluate(
      (url) =>
        fetch(url)
          .catch(() => undefined)
          .then(() => undefined),
      target('tab'),
    );
    // The background page (reached from an extension page of the same add-on) and the content script.
    await options.evaluate(
      (url) =>
        (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window } } }).browser.extension
          .getBackgroundPage()
          .fetch(url)
          .catch(() => undefined)
          .then(() => undefined),
      target('background'),
    );
    await s.waitForScan(tab);
    await runInContentScript(
      s,
      tab,
      (url: string) =>
        fetch(url).then(
          () => 'ok',
          () => 'failed',
        ),
      target('content-script'),
    );
    await waitUntil(
      async () => {
        await recordExtensionLog(recorder, log);
        return recorder.violations.length >= 4 || undefined;
      },
      { what: 'four violations recorded', timeoutMs: 10_000 },
    ).catch(() => undefined);
    await log.stop();
    expect(recorder.violations.map((v) => [v.source, new URL(v.url).pathname])).toEqual(
      expect.arrayContaining([
        ['extension-page', '/leak-from-options'],
        ['tab', '/leak-from-tab'],
        ['background', '/leak-from-background'],
        ['content-script', '/leak-from-content-script'],
      ]),
    );
    for (const p of [tab, options]) await p.close().catch(() => undefined);
  });
});
