// The content script: wires the page controller to the extension APIs. Everything it does is
// guarded: an error is logged once (console.debug) and never reaches the page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterPageLoad } from '../src/extension/content/after-page-load';
import { ContentController } from '../src/extension/content/content-controller';
import { extensionApi as browser } from '../src/extension/content/extension-api';
import { loadContentPacks, type ContentPacksChannel } from '../src/extension/content/content-packs-loader';
import type { ExtensionPort } from '../src/extension/content/extension-port';
import { guarded, logOnce } from '../src/extension/content/log-once';
import { loadFullScanChunk } from '../src/extension/content/full-scan-loader';
import { loadPageUiChunk } from '../src/extension/content/page-ui-loader';
import { isMingbaiMessage, type ContentPacksPart, type Message } from '../src/extension/protocol';

function browserPort(): ExtensionPort {
  const documentId = newDocumentId();
  return {
    documentId,
    send: (message: Message) => browser.runtime.sendMessage(message),
    onMessage(listener) {
      const handler = guarded((message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
        if (!isMingbaiMessage(message)) return;
        // The background asks after a tab update whether this is still the same document.
        if (message.type === 'mingbai/whichDocument') reply({ documentId });
        else listener(message);
      });
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    // Settings live where this script cannot read them (the background's IndexedDB); the
    // background announces changes with mingbai/configChanged instead.
    onSettingsChanged: () => () => undefined,
    uiLanguage: () => {
      try {
        return browser.i18n.getUILanguage();
      } catch {
        return undefined;
      }
    },
  };
}

/** 128 random bits as hex: this document's id for the background (never shown to the page). */
function newDocumentId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

// The bundled packs come from the background, never from storage (which a content script could
// overwrite to stop all scanning: docs/decisions/0014-lock-state-out-of-content-reach.md).
// Every page asks for what its gate reads; only a page that passes the gate asks for the rest.
function packsChannel(part: ContentPacksPart): ContentPacksChannel {
  return {
    version: browser.runtime.getManifest().version,
    readStored: async () => undefined,
    ask: () => browser.runtime.sendMessage({ type: 'mingbai/getContentPacks', part } satisfies Message),
    onStored: () => () => undefined,
  };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  main(ctx) {
    // SVG, XML and other non-HTML documents: no body to read, no place for the UI.
    if (!(document.documentElement instanceof HTMLElement)) return;
    try {
      const controller = new ContentController(
        document,
        browserPort(),
        () => loadContentPacks(packsChannel('gate')),
        loadPageUiChunk,
        loadFullScanChunk,
        () => loadContentPacks(packsChannel('full')),
      );
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
