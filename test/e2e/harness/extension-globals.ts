// Types of the few extension APIs the tests call inside extension contexts (service worker,
// extension pages) through evaluate(). Functions passed to evaluate() are serialised, so they
// reach the API as `(globalThis as unknown as ExtensionGlobals).chrome`; the cast is types only.
export interface TabInfo {
  id?: number;
  url?: string;
  active: boolean;
}

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys?: string | string[]): Promise<Record<string, unknown>>;
    };
  };
  tabs: { query(query: object): Promise<TabInfo[]>; getCurrent(): Promise<TabInfo | undefined> };
  action?: { getBadgeText(details: { tabId?: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId?: number }): Promise<string> };
}

export interface ExtensionGlobals {
  chrome: ExtensionApi;
  browser: ExtensionApi;
}
