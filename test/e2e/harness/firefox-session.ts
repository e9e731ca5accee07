// Firefox ESR with the built extension installed as a temporary add-on, driven by puppeteer-core
// over WebDriver BiDi (never a browser download). The add-on's moz-extension UUID is fixed
// through the `extensions.webextensions.uuids` pref, so the tests can open popup.html?tabId=….
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';
import { idbPut } from './extension-idb';
import { copyBuild, geckoId, popupPath } from './built-extension';
import type { ExtensionGlobals } from './extension-globals';
import { cleanupSteps } from './cleanup-steps';
import { backgroundCalls, type ExtensionSession } from './extension-session';
import { startPageServer, type PageServer } from './page-server';
import { tabReporting, waitForScanReport } from './scan-report';
import { waitUntil } from './wait-until';

export const FIREFOX_PATH = process.env.MINGBAI_FIREFOX ?? '/usr/bin/firefox-esr';
export const EXTENSION_UUID = '8c6f2a3e-4b7d-4e1a-9c55-2f0d6b1e7a91';
/** Used only when the built manifest has no gecko id (older builds): set in the private copy. */
const FALLBACK_GECKO_ID = 'mingbai-e2e@mingbai.test';

export interface FirefoxSession extends ExtensionSession<Page> {
  browser: Browser;
  geckoId: string;
  /** True when the build had no gecko id and the test copy got FALLBACK_GECKO_ID. */
  geckoIdAdded: boolean;
  /** Navigates a tab to an extension page (puppeteer does not see these navigations finish). */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Number of Mingbai UI hosts in the page (their closed shadow roots stay closed here). */
  uiHostCount(page: Page): Promise<number>;
}

export async function startFirefox(options: { headless?: boolean; server?: PageServer } = {}): Promise<FirefoxSession> {
  const cleanups = cleanupSteps();
  try {
    const extension = copyBuild('firefox');
    cleanups.push(() => extension.remove());
    let id = geckoId(extension.manifest);
    const geckoIdAdded = !id;
    if (!id) {
      id = FALLBACK_GECKO_ID;
      const manifestFile = join(extension.dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
      manifest.browser_specific_settings = { gecko: { id } };
      writeFileSync(manifestFile, JSON.stringify(manifest));
    }
    const server = options.server ?? (await startPageServer());
    if (!options.server) cleanups.push(() => server.close());
    const profileDir = mkdtempSync(join(tmpdir(), 'mingbai-e2e-ffprofile-'));
    cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      protocol: 'webDriverBiDi',
      headless: options.headless ?? true,
      userDataDir: profileDir,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        'intl.locale.requested': 'zh-CN',
        'intl.accept_languages': 'zh-CN, zh',
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    cleanups.push(() => browser.close());
    await browser.installExtension(extension.dir);
    const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

    const gotoExtensionPage = async (page: Page, path: string) => {
      const url = extensionUrl(path);
      page.goto(url, { timeout: 5_000 }).catch(() => undefined);
      await waitUntil(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), {
        what: `${url} to load`,
      });
    };

    // The first tab becomes the extension page the tests talk to the background through; page
    // tabs opened later are the only other tabs.
    const probe = (await browser.pages())[0] ?? (await browser.newPage());
    await gotoExtensionPage(probe, popupPath(extension.manifest));
    const { send, findings, popupState } = backgroundCalls((message) =>
      probe.evaluate((m) => (globalThis as unknown as ExtensionGlobals).browser.runtime.sendMessage(m), message),
    );

    const tabIdOf = async (page: Page): Promise<number> => {
      const url = page.url();
      const reported = await tabReporting(
        findings,
        () =>
          probe.evaluate(async () =>
            (await (globalThis as unknown as ExtensionGlobals).browser.tabs.query({})).map((t) => t.id!),
          ),
        url,
      );
      if (reported !== undefined) return reported;
      throw new Error(`No tab reported a scan of ${url}`);
    };

    const session: FirefoxSession = {
      browser,
      server,
      extension,
      geckoId: id,
      geckoIdAdded,
      extensionUrl,
      async open(path) {
        const page = await browser.newPage();
        await page.goto(server.url(path));
        return page;
      },
      gotoExtensionPage,
      send,
      tabIdOf,
      findings,
      async waitForScan(page, accept = () => true, timeoutMs = 20_000) {
        return waitForScanReport(findings, await tabIdOf(page), page.url(), accept, timeoutMs);
      },
      badgeText: (tabId) =>
        probe.evaluate((tid) => {
          const b = (globalThis as unknown as ExtensionGlobals).browser;
          return (b.action ?? b.browserAction)!.getBadgeText({ tabId: tid });
        }, tabId),
      popupState,
      async openPopup(tabId) {
        const page = await browser.newPage();
        await gotoExtensionPage(page, `${popupPath(extension.manifest)}?tabId=${tabId}`);
        return page;
      },
      async seedLicenceMemory(memory) {
        const value = { version: 1, entries: Object.entries(memory) };
        await probe.evaluate(idbPut, [STORAGE_KEYS.licenceMemory, value] as const);
      },
      uiHostCount: (page) => page.evaluate(() => document.querySelectorAll('[data-mingbai-ui]').length),
      close: cleanups.run,
    };
    return session;
  } catch (error) {
    await cleanups.run();
    throw error;
  }
}
