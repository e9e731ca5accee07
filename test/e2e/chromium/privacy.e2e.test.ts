// Privacy proven in E2E (issue 18): a network recorder watches every request of the browser while
// the built extension visits every fixture page, the popup, the options page and the welcome page,
// reads aloud (试听 and 朗读) and imports a rule pack. Playwright reports the requests of every
// page (test tabs, where the content script runs, and the extension's own pages) and of the
// service worker (Chromium reports worker network events by default). The test fails on any
// request that is not the extension loading its own files or a tab loading its fixture page.
// The second test is the negative control: deliberate requests from the service worker, an
// extension page and a tab are each caught. The steps both browsers take live in
// ../scenarios/privacy.ts; this file supplies Chromium's recording and pages.
import { describe, expect } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { clickNode } from '../harness/closed-shadow';
import { contentText, uiString } from '../harness/mingbai-text';
import { fixtureAssets } from '../harness/fixture-assets';
import { networkRecorder, type NetworkRecorder, type RecordedRequest, type RequestSource } from '../harness/network-recorder';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';
import {
  fetchAndForget,
  itCatchesDeliberateRequests,
  itMakesNoRequest,
  type Leak,
  type PrivacyBrowser,
} from '../scenarios/privacy';

function describeRequest(request: Request, extensionOrigin: string): RecordedRequest {
  const base = { url: request.url(), method: request.method() };
  const worker = request.serviceWorker();
  if (worker) return { ...base, source: 'background', by: worker.url() };
  let pageUrl = '';
  try {
    pageUrl = request.frame().page().url();
  } catch {
    return { ...base, source: 'unknown', by: '' };
  }
  return { ...base, source: pageUrl.startsWith(`${extensionOrigin}/`) ? 'extension-page' : 'tab', by: pageUrl };
}

function recordContext(
  context: BrowserContext,
  extensionOrigin: string,
  serverOrigin: string,
): { recorder: NetworkRecorder; stop: () => void } {
  const recorder = networkRecorder(extensionOrigin, serverOrigin, fixtureAssets(serverOrigin));
  const listener = (request: Request) => recorder.record(describeRequest(request, extensionOrigin));
  context.on('request', listener);
  return { recorder, stop: () => context.off('request', listener) };
}

describe('Chromium: privacy, no request leaves the extension', () => {
  const session = chromiumSuite();
  const extensionOrigin = () => session().extensionUrl('').replace(/\/$/, '');
  const driver: PrivacyBrowser<Page> = {
    name: 'Chromium',
    session,
    async record() {
      const { recorder, stop } = recordContext(session().context, extensionOrigin(), session().server.origin);
      return { recorder, collect: async () => undefined, stop: async () => stop() };
    },
    async visitEach(paths) {
      const s = session();
      const tab = await s.open(paths[0]!);
      for (const path of paths) {
        if (tab.url() !== s.server.url(path)) await tab.goto(s.server.url(path));
        await s.waitForScan(tab);
      }
      return tab;
    },
    // 朗读 in a popover on a page with a warning.
    async alsoOnTab(tab) {
      const s = session();
      await tab.goto(s.server.url('/e2e/loan-offer.html'));
      await s.waitForScan(tab, (t) => t.findings.length > 0);
      const ui = await viewUi(tab);
      try {
        await ui.openPopover(await ui.clickableMarker(await ui.markers()));
        const read = (await ui.read()).nodes.find(
          (n) => n.role?.value === 'button' && (n.name?.value ?? '').includes(contentText('content_readAloud')),
        );
        expect(read, 'a 朗读 button').toBeTruthy();
        await clickNode(tab, ui.cdp, read!.backendDOMNodeId!);
        await waitUntil(
          async () => {
            const text = (await ui.read()).text;
            return text.includes(contentText('content_noVoice')) || text.includes(contentText('content_reading')) || undefined;
          },
          { what: 'read-aloud to say what it does' },
        );
      } finally {
        await ui.close();
      }
    },
    async openPopup(tab) {
      const popup = await session().openPopup(await session().tabIdOf(tab));
      await popup.waitForLoadState('load');
      await popup.locator('body *').first().waitFor();
    },
    async tryWelcomeVoice() {
      const welcome = await session().context.newPage();
      await welcome.goto(session().extensionUrl('welcome.html'));
      const w = (key: string) => uiString('welcome', key);
      await welcome.getByRole('radio', { name: w('welcome_whoElder') }).check();
      await welcome.getByRole('button', { name: w('welcome_tryVoice') }).click();
      return welcome;
    },
    async importPackFile(text) {
      const options = await session().openOptions();
      await options
        .locator('#import-pack')
        .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      return options;
    },
    textOf: (page, selector) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector),
    // Port 9 (discard) on this machine: nothing leaves the machine, but the browser does send it.
    async leaks() {
      const s = session();
      const target = (who: string) => `http://127.0.0.1:9/leak-from-${who}`;
      // A message wakes the worker if it went idle.
      await s.send({ type: 'mingbai/getOptionsState' });
      const worker =
        s.context.serviceWorkers().find((sw) => sw.url().startsWith(extensionOrigin())) ??
        (await s.context.waitForEvent('serviceworker'));
      const options = await s.openOptions();
      const tab = await s.open('/e2e/loan-offer.html');
      const fromWorker = (url: string) => worker.evaluate(fetchAndForget, url);
      const fromPage = (page: Page) => (url: string) => page.evaluate(fetchAndForget, url);
      const leak = (caughtAs: RequestSource, url: string, from: (url: string) => Promise<undefined>): Leak => ({
        caughtAs,
        url,
        send: () => from(url),
      });
      return [
        leak('background', target('worker'), fromWorker),
        leak('extension-page', target('options'), fromPage(options)),
        // The page server itself, from an extension page: not a tab loading its page.
        leak('extension-page', s.server.url('/fixtures/loan-news-kantouxi.html'), fromPage(options)),
        leak('tab', target('tab'), fromPage(tab)),
      ];
    },
  };

  itMakesNoRequest(driver, '试听, 朗读');
  itCatchesDeliberateRequests(driver, 'the service worker, an extension page and a tab');
});
