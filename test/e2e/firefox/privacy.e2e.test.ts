// Privacy proven in E2E in Firefox ESR (issue 18): puppeteer-core over WebDriver BiDi reports the
// network requests of every tab it sees: the test tabs (where the content script runs) and the
// extension's pages (popup, options, welcome). BiDi does not list the MV2 background page as a
// browsing context puppeteer can watch, so an observer in the browser's parent process
// (harness/firefox-privileged.ts) logs every request made with the extension's principal: the
// background page's and the content script's. While the built extension visits every fixture
// page, opens those pages, tries the voice (试听) and imports a rule pack, the test fails on any
// request that is not the extension loading its own files or a tab loading its page. The negative
// control shows both recorders catch requests: from an extension page, a tab, the background page
// and the content script. The steps both browsers take live in ../scenarios/privacy.ts; this file
// supplies Firefox's recording and pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { optionsPath } from '../harness/built-extension';
import { fixtureAssets } from '../harness/fixture-assets';
import { uiString } from '../harness/mingbai-text';
import { networkRecorder, type NetworkRecorder, type RequestSource } from '../harness/network-recorder';
import { extensionRequestLog, runInContentScript, type ExtensionRequestLog } from '../harness/firefox-privileged';
import { waitUntil } from '../harness/wait-until';
import {
  fetchAndForget,
  itCatchesDeliberateRequests,
  itMakesNoRequest,
  type Leak,
  type PrivacyBrowser,
} from '../scenarios/privacy';
import { firefoxSuite } from './firefox-suite';

describe('Firefox ESR: privacy, no request leaves the extension', () => {
  const s = firefoxSuite();

  const extensionPages = new WeakMap<Page, string>();
  const gotoExtension = async (page: Page, path: string) => {
    await s.gotoExtensionPage(page, path);
    extensionPages.set(page, s.extensionUrl(path));
  };
  /** Records every request of the open pages (and of pages opened later by `newPage`) into a fresh recorder. */
  const recordPages = async (): Promise<NetworkRecorder & { watch(page: Page): void }> => {
    const extensionOrigin = s.extensionUrl('').replace(/\/$/, '');
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
  let watch: ((page: Page) => void) | undefined;
  const newPage = async () => {
    const page = await s.browser.newPage();
    watch?.(page);
    return page;
  };
  const newExtensionPage = async (path: string) => {
    const page = await newPage();
    await gotoExtension(page, path);
    return page;
  };

  const driver: PrivacyBrowser<Page> = {
    name: 'Firefox ESR',
    session: () => s,
    async record() {
      const recorder = await recordPages();
      const log = await extensionRequestLog(s);
      watch = (page) => recorder.watch(page);
      return {
        recorder,
        collect: () => recordExtensionLog(recorder, log),
        stop: async () => {
          watch = undefined;
          await log.stop();
        },
      };
    },
    async visitEach(paths) {
      const tab = await newPage();
      for (const path of paths) {
        await tab.goto(s.server.url(path));
        await s.waitForScan(tab);
      }
      return tab;
    },
    async openPopup(tab) {
      await newExtensionPage(`popup.html?tabId=${await s.tabIdOf(tab)}`);
    },
    async tryWelcomeVoice() {
      const welcome = await newExtensionPage('welcome.html');
      await welcome.evaluate(
        (name) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click(),
        uiString('welcome', 'welcome_tryVoice'),
      );
      return welcome;
    },
    async importPackFile(text) {
      const options = await newExtensionPage(optionsPath(s.extension.manifest));
      const dir = mkdtempSync(join(tmpdir(), 'mingbai-privacy-'));
      try {
        const file = join(dir, 'p.json');
        writeFileSync(file, text);
        const input = (await options.$('#import-pack')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(file);
        // The file is read when the page takes it: keep it until the pack is listed.
        await waitUntil(() => options.evaluate(() => document.querySelector('#packs-list button') !== null || null), {
          what: 'the imported pack listed',
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return options;
    },
    textOf: (page, selector) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector),
    // Firefox refuses port 9 before any request exists, so the page server stands in for a
    // remote host: a path no page of it has, from a tab or an extension page, is a violation.
    async leaks() {
      const target = (who: string) => s.server.url(`/leak-from-${who}`);
      const options = await newExtensionPage(optionsPath(s.extension.manifest));
      const tab = await newPage();
      await tab.goto(s.server.url('/e2e/loan-offer.html'));
      await s.waitForScan(tab);
      const fromPage = (page: Page) => (url: string) => page.evaluate(fetchAndForget, url);
      // The background page, reached from an extension page of the same add-on.
      const fromBackground = (url: string) =>
        options.evaluate(
          (u) =>
            (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window } } }).browser.extension
              .getBackgroundPage()
              .fetch(u)
              .catch(() => undefined)
              .then(() => undefined),
          url,
        );
      const fromContentScript = (url: string) => runInContentScript(s, tab, fetchAndForget, url);
      const leak = (caughtAs: RequestSource, who: string, from: (url: string) => Promise<undefined>): Leak => ({
        caughtAs,
        url: target(who),
        send: () => from(target(who)),
      });
      return [
        leak('extension-page', 'options', fromPage(options)),
        leak('tab', 'tab', fromPage(tab)),
        leak('background', 'background', fromBackground),
        leak('content-script', 'content-script', fromContentScript),
      ];
    },
  };

  itMakesNoRequest(driver, '试听');
  itCatchesDeliberateRequests(driver, 'an extension page, a tab, the background page and the content script');
});
