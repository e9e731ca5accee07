// The content script: wires the page controller to the extension APIs. Everything it does is
// guarded: an error is logged once (console.debug) and never reaches the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterPageLoad } from '../src/extension/content/after-page-load';
import { ContentController } from '../src/extension/content/content-controller';
import { loadContentPacks, type ContentPacksChannel } from '../src/extension/content/content-packs-loader';
import type { ExtensionPort } from '../src/extension/content/extension-port';
import { guarded, logOnce } from '../src/extension/content/log-once';
import { loadPageUiChunk } from '../src/extension/content/page-ui-loader';
import { CONTENT_PACKS_KEY, isMingbaiMessage, type Message } from '../src/extension/protocol';
import { STORAGE_KEYS } from '../src/settings/storage-keys';

// Only these stored values change what the content script does; licence memory and reports
// (written after this very page's own messages) do not.
const CONFIG_KEYS: readonly string[] = [STORAGE_KEYS.settings, STORAGE_KEYS.importedPacks];

function browserPort(): ExtensionPort {
  return {
    send: (message: Message) => browser.runtime.sendMessage(message),
    onMessage(listener) {
      const handler = guarded((message: unknown) => {
        if (isMingbaiMessage(message)) listener(message);
      });
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    onSettingsChanged(listener) {
      const handler = guarded((changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && Object.keys(changes).some((key) => CONFIG_KEYS.includes(key))) listener();
      });
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    uiLanguage: () => {
      try {
        return browser.i18n.getUILanguage();
      } catch {
        return undefined;
      }
    },
  };
}

// The bundled packs come from storage.local (or the background), not from this script.
function packsChannel(): ContentPacksChannel {
  return {
    version: browser.runtime.getManifest().version,
    readStored: async () => (await browser.storage.local.get(CONTENT_PACKS_KEY))[CONTENT_PACKS_KEY],
    ask: () => browser.runtime.sendMessage({ type: 'mingbai/getContentPacks' } satisfies Message),
    onStored(listener) {
      const handler = guarded((changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && CONTENT_PACKS_KEY in changes) listener(changes[CONTENT_PACKS_KEY]!.newValue);
      });
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  main(ctx) {
    // SVG, XML and other non-HTML documents: no body to read, no place for the UI.
    if (!(document.documentElement instanceof HTMLElement)) return;
    try {
      const controller = new ContentController(document, browserPort(), () => loadContentPacks(packsChannel()), loadPageUiChunk);
      // `ctx` is ours (silent-script-context.ts, aliased in wxt.config.ts): it posts nothing to
      // the page and ends only when the extension is gone, never on a message from the page.
      ctx.onInvalidated(() => controller.stop());
      // Start after the load event: a guest on the page never delays it.
      afterPageLoad(window)
        .then(() => (ctx.isInvalid ? undefined : controller.start()))
        .catch(logOnce);
    } catch (error) {
      logOnce(error);
    }
  },
});
