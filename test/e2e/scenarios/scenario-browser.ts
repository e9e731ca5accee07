// What a shared E2E scenario (this folder) needs of a browser: the session calls both the
// Chromium (playwright-core) and the Firefox (puppeteer-core) harness offer under the same names.
// Each browser's test file builds one over its own session and registers the scenario's cases.
import type { Message, PopupState, TabFindings } from '../../../src/extension/protocol';

/** A tab of the browser under test: playwright's and puppeteer's `Page` both fit. */
export interface ScenarioTab {
  reload(): Promise<unknown>;
}

export interface ScenarioBrowser<P extends ScenarioTab> {
  /** "Chromium" or "Firefox ESR", for the messages of failed waits. */
  name: string;
  /** Sends a protocol message to the background from an extension page, like the popup does. */
  send<R>(message: Message): Promise<R>;
  /** Opens a page of the page server (path like /e2e/x.html) in a new tab. */
  open(path: string): Promise<P>;
  waitForScan(page: P, accept?: (tab: NonNullable<TabFindings>) => boolean): Promise<NonNullable<TabFindings>>;
  tabIdOf(page: P): Promise<number>;
  popupState(tabId: number): Promise<PopupState>;
}
