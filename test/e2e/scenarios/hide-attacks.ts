// A hostile page tries to hide Mingbai's warnings once they are shown (every attack of
// harness/hostile-attacks.ts), or patches the DOM APIs and defines our tag names before Mingbai
// runs: the cases that are the same in every browser. The warnings must come back, or, where the
// page can still hide them (inert, a modal dialog, a fight loop), the badge must say "!" while
// the popup's list stays as it was. Each browser's hostile-page test file supplies a driver.
import { expect, it } from 'vitest';
import { HIDE_ATTACKS, readUiPlacement, type HideAttack } from '../harness/hostile-attacks';
import { waitUntil } from '../harness/wait-until';
import type { ScenarioBrowser, ScenarioTab } from './scenario-browser';

export interface HideAttackBrowser<P extends ScenarioTab> extends ScenarioBrowser<P> {
  /** The extension's id as the page sees it, which the hostile page aims its attacks at. */
  extensionId(): string;
  /** Runs `fn` in the page's own world and returns its (JSON-safe) value. */
  inPage<R>(page: P, fn: () => R): Promise<R>;
}

/** The hostile page, scanned with warnings and its banner on top; its UI placement then. */
export async function openWarned<P extends ScenarioTab>(b: HideAttackBrowser<P>, query = '') {
  const s = b.session();
  const page = await s.open(`/e2e/hostile-page.html?id=${encodeURIComponent(b.extensionId())}${query}`);
  const tabId = await s.tabIdOf(page);
  const report = await s.waitForScan(page, (t) => t.findings.length > 0, 20_000);
  await waitUntil(async () => ((await b.inPage(page, readUiPlacement)).bannerOnTop ? true : undefined), {
    what: 'the banner on top',
    timeoutMs: 10_000,
  });
  return { page, tabId, report, before: await b.inPage(page, readUiPlacement) };
}

/** Every host back, under <html>, open, and the banner on top. */
export async function restored<P extends ScenarioTab>(b: HideAttackBrowser<P>, page: P, hosts: number): Promise<boolean> {
  const ui = await b.inPage(page, readUiPlacement);
  return ui.hosts >= hosts && ui.underHtml && ui.open && ui.bannerOnTop;
}

const outcomeWanted: Record<HideAttack['expect'], string> = {
  restored: 'the warnings come back',
  fallback: 'the badge says "!"',
  seen: 'the warnings stay seen, or the badge says "!"',
};

export function itAnswersEveryHideAttack<P extends ScenarioTab>(b: HideAttackBrowser<P>): void {
  for (const attack of HIDE_ATTACKS) {
    it(`${attack.name}: ${outcomeWanted[attack.expect]}`, async () => {
      const s = b.session();
      const { page, tabId, report, before } = await openWarned(b);
      expect(await s.badgeText(tabId)).toBe(String(report.findings.length));
      await b.inPage(page, attack.run);
      const outcome = await waitUntil(
        async () => {
          if (attack.expect !== 'fallback' && (await restored(b, page, before.hosts))) return 'restored';
          if (attack.expect !== 'restored' && (await s.badgeText(tabId)) === '!') return 'fallback';
          return undefined;
        },
        { what: `Mingbai's answer to a page that ${attack.name}`, timeoutMs: 10_000 },
      );
      console.log(`[hostile ${b.name}] ${attack.name}: ${outcome}`);
      // The popup's list is never touched by the page.
      expect((await s.findings(tabId))?.findings.length).toBe(report.findings.length);
      // The page stays responsive: no fight loop on its main thread.
      expect(await b.inPage(page, () => 1 + 1)).toBe(2);
    });
  }
}

export function itOutlastsPagesThatStrikeFirst<P extends ScenarioTab>(b: HideAttackBrowser<P>): void {
  for (const attack of ['patch', 'define']) {
    it(`a page that ${attack === 'patch' ? 'patches MutationObserver, attachShadow, elementFromPoint and showPopover' : 'defines custom elements of our tag names'} first still gets its warnings, and they come back when removed`, async () => {
      const { page, before } = await openWarned(b, `&attack=${attack}`);
      expect(before.hosts).toBeGreaterThan(0);
      await b.inPage(page, () => document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove()));
      await waitUntil(async () => ((await restored(b, page, before.hosts)) ? true : undefined), {
        what: 'the hosts back',
        timeoutMs: 10_000,
      });
    });
  }
}
