// What a shared E2E scenario (this folder) needs of a browser: the harness session both browsers
// offer (harness/extension-session.ts), read when a case runs (the session starts in beforeAll),
// and the browser's name. Each scenario adds the few steps only a browser's own driver can take.
import type { ExtensionSession } from '../harness/extension-session';

/** A tab of the browser under test: playwright's and puppeteer's `Page` both fit. */
export interface ScenarioTab {
  reload(): Promise<unknown>;
}

export interface ScenarioBrowser<P extends ScenarioTab> {
  /** "Chromium" or "Firefox ESR", for the messages of failed waits and the log. */
  name: string;
  session: () => ExtensionSession<P>;
}
