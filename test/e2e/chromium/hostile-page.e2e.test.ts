// A hostile page in Chromium (test/e2e/pages/hostile-page.html): it spies on every `message`
// event, on WXT's event names for the real extension id and on every DOM change, and forges or
// replays every start/stop message early (from its first script, every 50 ms for 4 s) and late
// (after the warnings are shown). Mingbai must reveal nothing before its warnings and must keep
// them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openInspector, UI_HOST_ATTRIBUTE } from '../harness/closed-shadow';
import { contentScriptContext, evaluateIn } from '../harness/isolated-world';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';

interface Spy {
  messages: Array<{ data: string; origin: string }>;
  events: Array<{ type: string; detail: string }>;
  mutations: Array<{ type: string; target: string; attribute: string | null; added: string[] }>;
  firstUiAt: number;
  forged: number;
  replayed: number;
}

const hostCount = (page: Page) => page.evaluate((attr) => document.querySelectorAll(`[${attr}]`).length, UI_HOST_ATTRIBUTE);
const readSpy = (page: Page) => page.evaluate(() => (window as unknown as { __spy: Spy }).__spy);

describe('Chromium: a page cannot stop, detect or reconfigure Mingbai', () => {
  const session = chromiumSuite();

  it('the page sees no message, event or DOM change from Mingbai before its warning, and no extension id', async () => {
    const s = session();
    // Spy only (forge=0): a forged stop message must not keep this test from seeing the rest.
    const page = await s.open(`/e2e/hostile-page.html?id=${s.extensionId}&forge=0`);
    const report = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    expect(report.findings.map((f) => f.risk)).toContain('loan.advance-fee');
    await waitUntil(async () => ((await hostCount(page)) > 0 ? true : undefined), {
      what: 'Mingbai UI hosts',
      timeoutMs: 10_000,
    });
    const spy = await readSpy(page);
    expect(spy.messages, 'message events the page did not post itself').toEqual([]);
    expect(spy.events, 'WXT custom events for the extension id').toEqual([]);
    expect(spy.firstUiAt, 'the page saw the warning host arrive').toBeGreaterThanOrEqual(0);
    expect(spy.mutations.slice(0, spy.firstUiAt), 'DOM changes before the first warning').toEqual([]);
    expect(JSON.stringify(spy)).not.toContain(s.extensionId);
  });

  it('the built content script posts nothing to the page and has no start/stop handshake', () => {
    const code = readFileSync(join(session().extension.dir, 'content-scripts/content.js'), 'utf8');
    expect(code).not.toMatch(/\bpostMessage\(/);
    expect(code).not.toContain('content-script-started');
    expect(code).not.toMatch(/addEventListener\(\s*["']message["']/);
  });

  it('warnings stay when the page replays every message early and late', async () => {
    const s = session();
    const page = await s.open(`/e2e/hostile-page.html?id=${s.extensionId}`);
    expect(
      await page.evaluate(() => (window as unknown as { __spy: Spy }).__spy.forged),
      'the page forged start messages',
    ).toBeGreaterThan(0);
    const tabId = await s.tabIdOf(page);
    const report = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    await waitUntil(async () => ((await hostCount(page)) > 0 ? true : undefined), {
      what: 'Mingbai UI hosts',
      timeoutMs: 10_000,
    });
    const hosts = await hostCount(page);
    // Late: every forged and captured message again, after the warnings are up.
    await page.evaluate(() => {
      const w = window as unknown as { __forge(): void };
      for (let i = 0; i < 20; i++) w.__forge();
    });
    await page.waitForTimeout(1_500);
    expect(await hostCount(page), 'UI hosts after the late replay').toBe(hosts);
    expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
    // Still alive: new risky content that arrives now is still found.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '放款前请先交解冻金2000元，到账后退还。';
      document.getElementById('content')!.append(p);
    });
    await s.waitForScan(page, (t) => t.findings.some((f) => f.evidence.some((e) => e.text.includes('解冻金'))), 15_000);
    expect(await s.badgeText(tabId)).not.toBe('');
  });

  it('a page that gives its lures our UI attribute (data-mingbai-ui) is still read, also when they arrive late', async () => {
    const s = session();
    const page = await s.open('/e2e/hostile-own-attribute.html?late=1');
    const first = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
    expect(first.findings.map((f) => f.risk)).toEqual(expect.arrayContaining(['loan.advance-fee']));
    await s.waitForScan(page, (t) => t.findings.some((f) => f.risk === 'loan.no-credit-check-bait'), 20_000);
  });

  it("our own hosts and marker slots are known by identity in the content script (one registry for both bundles), the page's copies are not", async () => {
    const s = session();
    const page = await s.open('/e2e/hostile-own-attribute.html');
    const cdp = await openInspector(page);
    try {
      const contextId = await contentScriptContext(cdp, s.extensionId, () => page.reload());
      await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
      await waitUntil(
        async () => ((await page.evaluate(() => document.querySelectorAll('mingbai-marker-slot').length)) > 0 ? true : undefined),
        { what: 'marker slots' },
      );
      const seen = await evaluateIn<{ ours: number; pages: number; unknown: string[] }>(
        cdp,
        contextId,
        `(() => {
          const registry = globalThis[Symbol.for('mingbai.ownUiElements')];
          const all = [...document.querySelectorAll('[data-mingbai-ui]')];
          const mine = all.filter((e) => e.localName.startsWith('mingbai-') || e.parentElement === document.documentElement);
          return {
            ours: mine.filter((e) => registry && registry.has(e)).length,
            pages: all.filter((e) => !mine.includes(e) && registry && registry.has(e)).length,
            unknown: mine.filter((e) => !registry || !registry.has(e)).map((e) => e.localName),
          };
        })()`,
      );
      expect(seen.unknown).toEqual([]);
      expect(seen.ours).toBeGreaterThan(1);
      expect(seen.pages).toBe(0);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  });
});
