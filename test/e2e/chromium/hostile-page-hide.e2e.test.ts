// A hostile page in Chromium tries to hide the warnings once they are shown (every attack of
// harness/hostile-attacks.ts), or patches the DOM APIs and defines our tag names before Mingbai
// runs. The warnings must come back, or, where the page can still hide them (inert, a modal
// dialog, a fight loop), the badge must say "!" while the popup's list stays as it was. The
// cases both browsers share live in ../scenarios/hide-attacks.ts; the modal dialog is Chromium's.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readUiPlacement } from '../harness/hostile-attacks';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import {
  itAnswersEveryHideAttack,
  itOutlastsPagesThatStrikeFirst,
  openWarned,
  type HideAttackBrowser,
} from '../scenarios/hide-attacks';

describe('Chromium: a page cannot hide the warnings', () => {
  const session = chromiumSuite();

  const driver: HideAttackBrowser<Page> = {
    name: 'Chromium',
    session,
    extensionId: () => session().extensionId,
    inPage: (page, fn) => page.evaluate(fn),
  };

  itAnswersEveryHideAttack(driver);

  it('a modal dialog that closes again: the badge count comes back', async () => {
    const s = session();
    const { page, tabId, report } = await openWarned(driver);
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.id = 'nag';
      document.body.append(dialog);
      dialog.showModal();
    });
    await waitUntil(async () => ((await s.badgeText(tabId)) === '!' ? true : undefined), {
      what: 'badge "!"',
      timeoutMs: 10_000,
    });
    await page.evaluate(() => (document.getElementById('nag') as HTMLDialogElement).close());
    await waitUntil(async () => ((await s.badgeText(tabId)) === String(report.findings.length) ? true : undefined), {
      what: 'the badge count again',
      timeoutMs: 10_000,
    });
    expect(await page.evaluate(readUiPlacement)).toMatchObject({ underHtml: true, open: true, bannerOnTop: true });
  });

  itOutlastsPagesThatStrikeFirst(driver);
});
