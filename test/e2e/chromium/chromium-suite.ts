// Shared set-up for the Chromium test files: one browser session per file, every page a test
// opened closed after it, settings back to the defaults between tests.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromium, type ChromiumSession } from '../harness/chromium-session';

export function chromiumSuite(): () => ChromiumSession {
  let session: ChromiumSession | undefined;
  const opened = new Set<Page>();
  beforeAll(async () => {
    session = await startChromium();
    session.context.on('page', (p) => opened.add(p));
  }, 60_000);
  afterEach(async () => {
    if (!session) return;
    for (const p of opened) await p.close().catch(() => undefined);
    opened.clear();
    // Undo what a test changed (ignored when a test left a PIN: that file cleans up itself).
    await session.updateSettings({ sensitivity: 'standard', trustedSites: [], dismissed: {} }).catch(() => undefined);
  });
  afterAll(async () => {
    await session?.close();
  }, 30_000);
  return () => {
    if (!session) throw new Error('Chromium session did not start (see beforeAll)');
    return session;
  };
}
