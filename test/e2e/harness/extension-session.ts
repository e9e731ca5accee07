// What a browser session of the E2E harness offers in both browsers, over the built extension:
// ChromiumSession (playwright-core) and FirefoxSession (puppeteer-core) extend it with what only
// their driver can do. `P` is the driver's tab type.
import type { Message, PopupState, TabFindings } from '../../../src/extension/protocol';
import type { BuiltExtension } from './built-extension';
import type { PageServer } from './page-server';

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
