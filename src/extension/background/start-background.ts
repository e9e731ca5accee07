// Wires the router to the browser: storage areas, the badge, tab events and runtime messages.
import type { Browser } from '../browser-api';
import type { Message, TabFindings } from '../protocol';
import { MemoryStore, type KeyValueStore } from '../../settings/key-value-store';
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
import { contentPacksRecord } from './content-packs';
import { DeferredStore, IdbStore } from './idb-store';
import { migrateFromLocal } from './storage-migration';
import { checkTabDocument, isDocumentId } from './document-change';

/** A content script answers at once; a busy or missing one is taken as another document. */
const DOCUMENT_ANSWER_MS = 2_000;

/**
 * The background's own store: the extension origin's IndexedDB, after moving any data earlier
 * versions left in storage.local. Where IndexedDB cannot be opened (a profile that disables it),
 * storage.local is the fallback, so settings still work, but without the protection from
 * content scripts; the console says so.
 */
async function lockedStore(browser: Browser.Browser): Promise<KeyValueStore> {
  const idb = new IdbStore();
  try {
    await idb.get('mingbai.probe');
  } catch (error) {
    console.error('Mingbai background: IndexedDB unavailable, settings fall back to storage.local', error);
    return new BrowserStorageStore(browser.storage.local);
  }
  await migrateFromLocal(browser.storage.local, idb).catch((error: unknown) =>
    console.error('Mingbai background: moving storage.local', error),
  );
  return idb;
}

export function startBackground(browser: Browser.Browser, isMessage: (m: unknown) => m is Message): void {
  const local = new DeferredStore(lockedStore(browser));
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
      all.flatMap((tab) =>
        tab.id === undefined
          ? []
          : [browser.tabs.sendMessage(tab.id, { type: 'mingbai/configChanged' } satisfies Message).catch(() => undefined)],
      ),
    );
  }

  // storage.session is for trusted contexts only (Chrome's default, said explicitly): the per-tab
  // findings are not the page's business.
  const sessionArea = browser.storage.session as
    (Browser.Storage.StorageArea & { setAccessLevel?(o: { accessLevel: string }): Promise<void> }) | undefined;
  sessionArea?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  // Content scripts ask for the bundled packs (getContentPacks); they are built here from the
  // packs inside this background, never read back from storage a content script can write.
  const version = browser.runtime.getManifest().version;
  const contentPacks = {
    full: contentPacksRecord(BUNDLED_PACKS, version),
    gate: contentPacksRecord(BUNDLED_PACKS, version, 'gate'),
  };

  // Titles of the bundled rules (and their aliases), for the options page's list of dismissed warnings.
  const ruleTitles = new Map<string, { zh: string; en: string }>();
  for (const { pack } of BUNDLED_PACKS)
    for (const rule of pack.rules)
      for (const id of [rule.id, ...(rule.aliases ?? [])])
        ruleTitles.set(id, { zh: rule.message.zh.title, en: rule.message.en.title });

  // On install (not on update or browser start), open the welcome page once.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
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
    contentPacks: (part) => contentPacks[part],
    ruleTitle: (id) => ruleTitles.get(id) ?? null,
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

  // A new document has no findings yet: clear the tab's badge and list, but only when the
  // document really changed (an SPA's replaceState also sends "loading": document-change.ts).
  const whichDocument = async (tabId: number): Promise<string | null> => {
    const ask: Promise<{ documentId?: unknown } | undefined> = browser.tabs.sendMessage(
      tabId,
      { type: 'mingbai/whichDocument' } satisfies Message,
      { frameId: 0 },
    );
    const reply = await Promise.race([ask, new Promise<undefined>((resolve) => setTimeout(resolve, DOCUMENT_ANSWER_MS))]);
    return isDocumentId(reply?.documentId) ? reply.documentId : null;
  };
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading' && changeInfo.status !== 'complete') return;
    void checkTabDocument(tabId, { tabs, showBadge, whichDocument }).catch((error: unknown) =>
      console.error('Mingbai background: tab update', error),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.clear(tabId);
  });
}
