// What a browser session of the E2E harness offers in both browsers, over the built extension:
// ChromiumSession (playwright-core) and FirefoxSession (puppeteer-core) extend it with what only
// their driver can do. `P` is the driver's tab type.
import type { Message, PopupState, TabFindings } from '../../../src/extension/protocol';
import type { BuiltExtension } from './built-extension';
import type { PageServer } from './page-server';
import { withTimeout } from './wait-until';

export interface ExtensionSession<P> {
  server: PageServer;
  extension: BuiltExtension;
  extensionUrl(path: string): string;
  /** Opens a page of the page server (path like /fixtures/x.html) in a new tab. */
  open(path: string): Promise<P>;
  /** Sends a protocol message to the background from an extension page, like the popup does. */
  send<R>(message: Message): Promise<R>;
  tabIdOf(page: P): Promise<number>;
  findings(tabId: number): Promise<TabFindings>;
  /** Waits until the content script reported a scan of the page's current URL. */
  waitForScan(
    page: P,
    accept?: (tab: NonNullable<TabFindings>) => boolean,
    timeoutMs?: number,
  ): Promise<NonNullable<TabFindings>>;
  badgeText(tabId: number): Promise<string>;
  popupState(tabId: number): Promise<PopupState>;
  openPopup(tabId: number): Promise<P>;
  /** Licence memory before a visit (a fixture's `memory`), written where the background keeps it. */
  seedLicenceMemory(memory: Record<string, string[]>): Promise<void>;
  close(): Promise<void>;
}

/**
 * The calls to the background both sessions make alike, over `post`: a message sent from an
 * extension page of the browser (runtime.sendMessage there), resolving with the answer.
 */
export function backgroundCalls(post: (message: Record<string, unknown>) => Promise<unknown>) {
  const send = <R>(message: Message): Promise<R> =>
    withTimeout(
      post(message as unknown as Record<string, unknown>) as Promise<R>,
      10_000,
      `no reply from the background to ${message.type}`,
    );
  return {
    send,
    findings: (tabId: number) => send<TabFindings>({ type: 'mingbai/getTabFindings', tabId }),
    popupState: (tabId: number) => send<PopupState>({ type: 'mingbai/getPopupState', tabId }),
  };
}
