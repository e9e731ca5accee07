// Wires the router to the browser: storage areas, the badge, tab events and runtime messages.
import type { Browser } from '../browser-api';
import { CONTENT_PACKS_KEY, type Message, type TabFindings } from '../protocol';
import { MemoryStore } from '../../settings/key-value-store';
import { SettingsService } from '../../settings/settings-service';
import { BrowserStorageStore } from './browser-store';
import { BUNDLED_PACKS } from './bundled-packs';
import { readerLang } from './content-config';
import { ImportedPackStore } from './imported-packs';
import { LicenceMemoryStore } from './licence-memory-store';
import { MessageRouter } from './message-router';
import { TabFindingsStore } from './tab-findings';
import { WrongReportStore } from './wrong-reports';
import { badgeFor } from './badge';
import { contentPacksRecord, storeContentPacks } from './content-packs';

export function startBackground(browser: Browser.Browser, isMessage: (m: unknown) => m is Message): void {
  const local = new BrowserStorageStore(browser.storage.local);
  // storage.session survives the Chrome service worker going to sleep; older browsers lack it.
  const session = browser.storage.session ? new BrowserStorageStore(browser.storage.session) : new MemoryStore();
  const tabs = new TabFindingsStore(session);
  // MV3 (Chrome) has `action`, Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  async function showBadge(tabId: number, tab: TabFindings): Promise<void> {
    const look = badgeFor(tab?.findings ?? [], tab?.uiHidden === true);
    try {
      await action.setBadgeText({ tabId, text: look.text });
      if (look.colour) await action.setBadgeBackgroundColor({ tabId, color: look.colour });
    } catch {
      // The tab closed meanwhile.
    }
  }

  async function announceChange(): Promise<void> {
    const all = await browser.tabs.query({});
    await Promise.all(
      all.map((tab) =>
        tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'mingbai/configChanged' } satisfies Message).catch(() => undefined),
      ),
    );
  }

  // Content scripts read the packs from storage.local. Written at every background start (a
  // no-op when storage already holds this build's packs), on install/update and browser start,
  // and again whenever something removed it; until then content scripts ask with getContentPacks.
  const contentPacks = contentPacksRecord(BUNDLED_PACKS, browser.runtime.getManifest().version);
  const writePacks = () => {
    storeContentPacks(browser.storage.local, contentPacks).catch((error: unknown) => console.error('Mingbai background: content packs', error));
  };
  writePacks();
  browser.runtime.onInstalled.addListener(writePacks);
  browser.runtime.onStartup.addListener(writePacks);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CONTENT_PACKS_KEY in changes && changes[CONTENT_PACKS_KEY]!.newValue === undefined) writePacks();
  });

  const router = new MessageRouter({
    settings: new SettingsService(local),
    packs: new ImportedPackStore(local, BUNDLED_PACKS),
    memory: new LicenceMemoryStore(local),
    reports: new WrongReportStore(local),
    tabs,
    lang: (hint) => readerLang(hint || browser.i18n.getUILanguage()),
    showBadge,
    announceChange,
    now: Date.now,
    contentPacks: () => contentPacks,
  });

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    return router
      .handle(message, { tabId: sender.tab?.id, frameId: sender.frameId, fromExtensionPage })
      .catch((error: unknown) => {
        console.error('Mingbai background:', message.type, error);
        return { ok: false, error: 'internal' };
      });
  });

  // A new page (or a closed tab) has no findings yet: clear its badge and its list.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    void tabs.clear(tabId).then(() => showBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.clear(tabId);
  });
}
