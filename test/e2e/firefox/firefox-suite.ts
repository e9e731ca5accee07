// Shared set-up for the Firefox test files (the Chromium twin: chromium/chromium-suite.ts): one
// Firefox per file, and every tab a test opened closed after it (the session's own probe tab,
// through which tests talk to the background, stays).
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFirefox, type FirefoxSession } from '../harness/firefox-session';

/**
 * The file's session, usable in tests and in helpers declared beside them (it forwards to the
 * session started in beforeAll, and throws if that failed).
 */
export function firefoxSuite(): FirefoxSession {
  let session: FirefoxSession | undefined;
  let kept = new Set<Page>();
  beforeAll(async () => {
    session = await startFirefox();
    kept = new Set(await session.browser.pages());
  }, 60_000);
  afterEach(async () => {
    if (!session) return;
    for (const page of await session.browser.pages()) if (!kept.has(page)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await session?.close();
  }, 30_000);
  return new Proxy({} as FirefoxSession, {
    get(_, key) {
      if (!session) throw new Error('Firefox session did not start (see beforeAll)');
      // eslint-disable-next-line @typescript-eslint/unbound-method -- a session's members are read as values, as from the session itself
      return session[key as keyof FirefoxSession];
    },
  });
}
