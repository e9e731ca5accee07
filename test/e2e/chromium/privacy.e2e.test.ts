// Privacy proven in E2E (issue 18): a network recorder watches every request of the browser while
// the built extension visits every fixture page, the popup, the options page and the welcome page,
// reads aloud (试听 and 朗读) and imports a rule pack. Playwright reports the requests of every
// page (test tabs, where the content script runs, and the extension's own pages) and of the
// service worker (Chromium reports worker network events by default). The test fails on any
// request that is not the extension loading its own files or a tab loading its fixture page.
// The second test is the negative control: deliberate requests from the service worker, an
// extension page and a tab are each caught.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Request } from 'playwright-core';
import { clickNode } from '../harness/closed-shadow';
import { contentText, uiString } from '../harness/mingbai-text';
import { fixtureAssets } from '../harness/fixture-assets';
import { networkRecorder, type NetworkRecorder, type RecordedRequest } from '../harness/network-recorder';
import { fixturePages } from '../harness/sample-pages';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';
import { familyPack } from '../../unit/background/family-pack';

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

  it('every fixture page, the popup, options, welcome, 试听, 朗读 and a pack import make no request', async () => {
    const s = session();
    const extensionOrigin = s.extensionUrl('').replace(/\/$/, '');
    const { recorder, stop } = recordContext(s.context, extensionOrigin, s.server.origin);
    try {
      // Read-aloud on, so the popover offers 朗读.
      expect((await s.updateSettings({ sensitivity: 'elder', readAloud: true })).ok).toBe(true);
      const pages = fixturePages();
      const tab = await s.open(pages[0]!.path);
      for (const fixture of pages) {
        if (tab.url() !== s.server.url(fixture.path)) await tab.goto(s.server.url(fixture.path));
        await s.waitForScan(tab);
      }

      // 朗读 in a popover on a page with a warning.
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

      // The popup of that tab.
      const popup = await s.openPopup(await s.tabIdOf(tab));
      await popup.waitForLoadState('load');
      await popup.locator('body *').first().waitFor();

      // The welcome page and its 试听 button.
      const welcome = await s.context.newPage();
      await welcome.goto(s.extensionUrl('welcome.html'));
      const w = (key: string) => uiString('welcome', key);
      await welcome.getByRole('radio', { name: w('welcome_whoElder') }).check();
      await welcome.getByRole('button', { name: w('welcome_tryVoice') }).click();
      await waitUntil(() => welcome.evaluate(() => document.getElementById('voice-status')?.textContent || null), {
        what: 'a word about the voice',
      });

      // The options page: import a rule pack, and see it listed.
      const options = await s.openOptions();
      await options
        .locator('#import-pack')
        .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(familyPack())) });
      await options.locator('#packs-list button').first().waitFor();

      // Give anything late (an alarm, a retry) a moment to show up.
      await new Promise((r) => setTimeout(r, 2_000));
      // The recorder saw the work above: the fixture pages and the extension's own files.
      expect(recorder.all.filter((r) => r.source === 'tab' && r.url.startsWith(s.server.origin)).length).toBeGreaterThanOrEqual(
        pages.length,
      );
      const bySource = recorder.all.reduce<Record<string, number>>((n, r) => ({ ...n, [r.source]: (n[r.source] ?? 0) + 1 }), {});
      console.info(`privacy (Chromium): ${recorder.all.length} requests recorded by source ${JSON.stringify(bySource)}`);
      expect(recorder.violations).toEqual([]);
    } finally {
      stop();
      await s.send({ type: 'mingbai/removePack', id: 'family-extra' }).catch(() => undefined);
    }
  }, 170_000);

  it('negative control: deliberate requests from the service worker, an extension page and a tab are caught', async () => {
    const s = session();
    const extensionOrigin = s.extensionUrl('').replace(/\/$/, '');
    const { recorder, stop } = recordContext(s.context, extensionOrigin, s.server.origin);
    try {
      // Port 9 (discard) on this machine: nothing leaves the machine, but the browser does send it.
      const target = (who: string) => `http://127.0.0.1:9/leak-from-${who}`;
      // A message wakes the worker if it went idle.
      await s.send({ type: 'mingbai/getOptionsState' });
      const worker =
        s.context.serviceWorkers().find((sw) => sw.url().startsWith(extensionOrigin)) ??
        (await s.context.waitForEvent('serviceworker'));
      await worker.evaluate(
        (url) =>
          fetch(url)
            .catch(() => undefined)
            .then(() => undefined),
        target('worker'),
      );
      const options = await s.openOptions();
      await options.evaluate(
        (url) =>
          fetch(url)
            .catch(() => undefined)
            .then(() => undefined),
        target('options'),
      );
      // The page server itself, from an extension page: not a tab loading its page.
      await options.evaluate(
        (url) =>
          fetch(url)
            .catch(() => undefined)
            .then(() => undefined),
        s.server.url('/fixtures/loan-news-kantouxi.html'),
      );
      const tab = await s.open('/e2e/loan-offer.html');
      await tab.evaluate(
        (url) =>
          fetch(url)
            .catch(() => undefined)
            .then(() => undefined),
        target('tab'),
      );
      await waitUntil(() => recorder.violations.length >= 4 || undefined, {
        what: 'four violations recorded',
        timeoutMs: 10_000,
      }).catch(() => undefined);
      const seen = recorder.violations.map((v) => [v.source, new URL(v.url).pathname] as const);
      expect(seen).toEqual(
        expect.arrayContaining([
          ['background', '/leak-from-worker'],
          ['extension-page', '/leak-from-options'],
          ['extension-page', '/fixtures/loan-news-kantouxi.html'],
          ['tab', '/leak-from-tab'],
        ]),
      );
    } finally {
      stop();
    }
  });
});
