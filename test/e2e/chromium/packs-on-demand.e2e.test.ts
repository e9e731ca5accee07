// Every page asks the background for what its gate reads of the bundled packs; only a page that
// passes the gate asks for the whole packs (decision 0023). Counted in the real extension's
// service worker, by a listener of our own beside the background's, on a recipe page (the gate
// rules every kind out; no ticked box) and on a loan page.
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../harness/sample-pages';
import { chromiumSuite } from './chromium-suite';

type Asked = Array<{ part: string; url: string }>;
interface WorkerGlobals {
  chrome: { runtime: { onMessage: { addListener(l: (m: unknown, sender: { url?: string }) => undefined): void } } };
  __mingbaiAsked?: Asked;
}

async function recordAsks(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as WorkerGlobals;
    if (g.__mingbaiAsked) return;
    const asked: Asked = (g.__mingbaiAsked = []);
    g.chrome.runtime.onMessage.addListener((m, sender) => {
      const message = m as { type?: string; part?: string };
      if (message.type === 'mingbai/getContentPacks') asked.push({ part: message.part ?? 'none', url: sender.url ?? '' });
      return undefined; // the background's own listener answers
    });
  });
}

describe('Chromium: the packs a page is sent', () => {
  const session = chromiumSuite();

  it('a page asks for the gate part, and for the whole packs only when it passes the gate', async () => {
    const s = session();
    const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`))!;
    await recordAsks(worker);
    const benign = fixturePages().find((p) => p.name === 'training-recipe-page')!;
    const loan = fixturePages().find((p) => p.name === 'loan-advance-fee-hidden-lures')!;
    const plain = await s.open(benign.path);
    // Settled by the gate: no kind, nothing found (a page the gate lets through may be `other` too).
    expect(await s.waitForScan(plain)).toMatchObject({ kind: 'other', findings: [] });
    const risky = await s.open(loan.path);
    expect((await s.waitForScan(risky, (tab) => tab.findings.length > 0)).findings.length).toBeGreaterThan(0);
    const asked = await worker.evaluate(() => (globalThis as unknown as WorkerGlobals).__mingbaiAsked ?? []);
    const partsFor = (path: string) => asked.filter((a) => a.url.endsWith(path)).map((a) => a.part);
    expect(partsFor(benign.path)).toEqual(['gate']);
    expect(partsFor(loan.path)).toEqual(['gate', 'full']);
  });
});
