// Debian's Chromium with the built MV3 extension loaded (playwright-core, never a browser
// download). One session = one fresh profile, one page server; close() removes everything even
// when a test failed half-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ChangeReply, SettingsPatchMessage } from '../../../src/extension/protocol';
import type { ExtensionGlobals } from './extension-globals';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';
import { idbPut } from './extension-idb';
import { copyBuild, optionsPath, popupPath } from './built-extension';
import { cleanupSteps } from './cleanup-steps';
import { backgroundCalls, type ExtensionSession } from './extension-session';
import { startPageServer, type PageServer } from './page-server';
import { tabReporting, waitForScanReport } from './scan-report';
import { withTimeout } from './wait-until';

export const CHROMIUM_PATH = process.env.MINGBAI_CHROMIUM ?? '/usr/lib/chromium/chromium';

export interface ChromiumSession extends ExtensionSession<Page> {
  context: BrowserContext;
  extensionId: string;
  openOptions(): Promise<Page>;
  updateSettings(patch: SettingsPatchMessage, pin?: string): Promise<ChangeReply>;
}

export interface ChromiumOptions {
  headless?: boolean;
  /** Existing server to reuse (the demo); otherwise the session starts its own. */
  server?: PageServer;
}

export async function startChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const cleanups = cleanupSteps();
  try {
    const extension = copyBuild('chrome');
    cleanups.push(() => extension.remove());
    const server = options.server ?? (await startPageServer());
    if (!options.server) cleanups.push(() => server.close());
    const userDataDir = mkdtempSync(join(tmpdir(), 'mingbai-e2e-profile-'));
    cleanups.push(() => rmSync(userDataDir, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      locale: 'zh-CN',
      // The extension's pages speak the browser's UI language; on Linux Chromium takes it from
      // the environment (--lang only works on Windows).
      env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extension.dir}`,
        `--load-extension=${extension.dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--lang=zh-CN',
      ],
    });
    cleanups.push(() => context.close());
    context.setDefaultTimeout(10_000);
    const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(firstWorker.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

    // MV3 workers may stop when idle and come back: always use the current one.
    const worker = async (): Promise<Worker> =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));

    // An extension page that talks to the background the way the popup and options do.
    let probe: Page | undefined;
    const probePage = async () => {
      if (!probe || probe.isClosed()) {
        probe = await context.newPage();
        await probe.goto(extensionUrl(popupPath(extension.manifest)));
      }
      return probe;
    };
    const { send, findings, popupState } = backgroundCalls(async (message) =>
      (await probePage()).evaluate((m) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage(m), message),
    );

    const tabIdOf = async (page: Page): Promise<number> => {
      const url = page.url();
      // The background knows each tab's URL from the content script's reports.
      const reported = await tabReporting(
        findings,
        async () =>
          (await worker()).evaluate(async () =>
            (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({})).map((t) => t.id!),
          ),
        url,
      );
      if (reported !== undefined) return reported;
      // Nothing reported (e.g. a trusted site): the tab is the active one once brought to front.
      await page.bringToFront();
      return (await worker()).evaluate(
        async () =>
          (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!
            .id!,
      );
    };

    const session: ChromiumSession = {
      context,
      server,
      extension,
      extensionId,
      extensionUrl,
      async open(path) {
        await probePage(); // opened first, so the test page ends up the active tab
        const page = await context.newPage();
        await page.goto(server.url(path));
        return page;
      },
      send,
      tabIdOf,
      findings,
      async waitForScan(page, accept = () => true, timeoutMs = 15_000) {
        return waitForScanReport(findings, await tabIdOf(page), page.url(), accept, timeoutMs);
      },
      async badgeText(tabId) {
        const read = (await worker()).evaluate(
          (id) => (globalThis as unknown as ExtensionGlobals).chrome.action!.getBadgeText({ tabId: id }),
          tabId,
        );
        return withTimeout(read, 10_000, 'reading the badge in the service worker');
      },
      popupState,
      async openPopup(tabId) {
        const page = await context.newPage();
        await page.goto(`${extensionUrl(popupPath(extension.manifest))}?tabId=${tabId}`);
        return page;
      },
      async openOptions() {
        const page = await context.newPage();
        await page.goto(extensionUrl(optionsPath(extension.manifest)));
        return page;
      },
      async seedLicenceMemory(memory) {
        const value = { version: 1, entries: Object.entries(memory) };
        await (await worker()).evaluate(idbPut, [STORAGE_KEYS.licenceMemory, value] as const);
      },
      updateSettings: (patch, pin) => send<ChangeReply>({ type: 'mingbai/updateSettings', patch, ...(pin ? { pin } : {}) }),
      close: cleanups.run,
    };
    return session;
  } catch (error) {
    await cleanups.run();
    throw error;
  }
}
