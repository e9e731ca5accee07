// Firefox ESR: warnings never cover the page, and the counts agree (issue 17). The closed shadow
// roots stay closed here, so the page's side is measured: each marker's slot (the space it takes
// in the page's text) and the banner's host box against every line of page text, a marker drawn
// at every slot (the hit test at the slot finds our marker layer), and the badge, the popup and
// the reported findings giving one number of risks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ChangeReply } from '../../../src/extension/protocol';
import { readPageTextRects } from '../harness/page-text-rects';
import { riskyFixtures } from '../harness/sample-pages';
import { waitUntil } from '../harness/wait-until';
import { firefoxSuite } from './firefox-suite';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  what: string;
}

const overlap = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

/** Page text line boxes, our slots and the banner host, in viewport coordinates. */
async function measure(page: Page) {
  const text: Rect[] = (await page.evaluate(readPageTextRects)).map(({ text, ...box }) => ({
    ...box,
    what: `"${text.slice(0, 30)}"`,
  }));
  const ours = await page.evaluate(() => {
    const rect = (r: DOMRect, what: string) => ({ x: r.left, y: r.top, width: r.width, height: r.height, what });
    // A slot the page's own fixed bar lies over shows no marker (it hides there): not ours on top.
    const coveredByPage = (slot: Element) => {
      const r = slot.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= innerHeight) return false;
      const first = document
        .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        .find((e) => !e.hasAttribute('data-mingbai-ui'));
      return !!first && !first.contains(slot);
    };
    const all = Array.from(document.querySelectorAll('mingbai-marker-slot'));
    const slots = all.filter((s) => !coveredByPage(s)).map((s) => rect(s.getBoundingClientRect(), `slot ${all.indexOf(s)}`));
    const bannerHost = document.querySelector('mingbai-page-banner');
    const banner = bannerHost ? rect(bannerHost.getBoundingClientRect(), 'banner') : null;
    return { slots, banner };
  });
  return { text, ...ours };
}

describe('Firefox ESR: our UI never covers the page text, one count', () => {
  const s = firefoxSuite();
  const profile = async (sensitivity: 'elder' | 'standard') =>
    expect(await s.send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { sensitivity } })).toEqual({ ok: true });

  for (const sensitivity of ['standard', 'elder'] as const) {
    for (const width of [390, 1280]) {
      for (const sample of riskyFixtures()) {
        it(`${sensitivity}, ${width} px: ${sample.name}`, async () => {
          await profile(sensitivity);
          if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
          const page = await s.browser.newPage();
          await page.setViewport({ width, height: width === 390 ? 844 : 800 });
          await page.goto(s.server.url(sample.path));
          const tab = await s.waitForScan(page, (t) => t.findings.length > 0, 10_000).catch(() => null);
          if (!tab) return; // nothing shown in this profile
          // Settled: the banner and the slots are there and stay put.
          let last = '';
          const m = await waitUntil(
            async () => {
              const now = await measure(page);
              const key = JSON.stringify([now.banner, now.slots]);
              const stable = key === last && now.banner && now.slots.length > 0;
              last = key;
              return stable ? now : undefined;
            },
            { what: 'the banner and the markers, placed and still', timeoutMs: 15_000, intervalMs: 300 },
          );
          const problems: string[] = [];
          for (const ours of [m.banner!, ...m.slots])
            for (const t of m.text) if (overlap(ours, t)) problems.push(`${ours.what} covers ${t.what}`);
          for (const slot of m.slots) if (overlap(slot, m.banner!)) problems.push(`${slot.what} is under the banner`);
          expect(problems).toEqual([]);

          // A marker is drawn at every slot (those the page's own fixed bars do not cover).
          const drawn = await page.evaluate(async () => {
            const out: string[] = [];
            for (const slot of Array.from(document.querySelectorAll('mingbai-marker-slot'))) {
              slot.scrollIntoView({ block: 'center' });
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              const r = slot.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              const covered = document
                .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
                .find((e) => !e.hasAttribute('data-mingbai-ui'));
              const pageBarOnTop = covered && !covered.contains(slot);
              out.push(
                hit?.localName === 'mingbai-marker-layer' || pageBarOnTop
                  ? 'ok'
                  : `slot at ${Math.round(r.left)},${Math.round(r.top)} shows <${hit?.localName}>`,
              );
            }
            window.scrollTo(0, 0);
            return out;
          });
          expect(drawn.filter((d) => d !== 'ok')).toEqual([]);

          // One number of risks: the findings reported, the badge and the popup's list.
          const tabId = await s.tabIdOf(page);
          const risks = (await s.findings(tabId))!.findings.length;
          expect(await s.badgeText(tabId)).toBe(String(risks));
          if (width === 1280) {
            const popup = await s.openPopup(tabId);
            await waitUntil(() => popup.evaluate((n) => document.querySelectorAll('#groups li').length === n, risks), {
              what: `${risks} findings in the popup`,
            });
          }
          expect(m.slots.length).toBeLessThanOrEqual(tab.findings.reduce((n, f) => n + Math.max(1, f.evidence.length), 0));
        });
      }
    }
  }
});
