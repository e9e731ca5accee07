// The extension APIs the content script calls, taken from the browser itself rather than from
// webextension-polyfill (9.8 kB, a twelfth of the script that runs on every page). Both browsers
// already give the content script what it uses, with promises: Firefox as `browser`, Chrome MV3
// as `chrome` (sendMessage returns a promise when given no callback). The background, popup and
// options pages keep the polyfill through `wxt/browser`.

/** A runtime.onMessage listener: it may answer through sendResponse (Chrome and Firefox alike). */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;

export interface ContentExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
    getManifest(): { version: string };
  };
  i18n: { getUILanguage(): string };
}

/**
 * Firefox's `browser` when it is the extension API, else Chrome's `chrome`. The `runtime.id`
 * check: in Chrome, `globalThis.browser` can be a page element with id="browser" (named access
 * on window reaches isolated worlds too).
 */
export function pickExtensionApi(scope: { browser?: unknown; chrome?: unknown }): ContentExtensionApi {
  const firefox = scope.browser as Partial<ContentExtensionApi> | undefined;
  return (firefox?.runtime?.id ? firefox : scope.chrome) as ContentExtensionApi;
}

export const extensionApi: ContentExtensionApi = pickExtensionApi(globalThis as { browser?: unknown; chrome?: unknown });
