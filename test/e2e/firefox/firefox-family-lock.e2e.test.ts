// Firefox ESR: the family lock. With a PIN set the background refuses every lowering message
// without it, "这不对"/报告误报 is recorded but the warning stays, a wrong PIN in the options page
// says how many tries are left and how long the wait will be, and "忘记 PIN" restores protection
// with a dated notice that only a new PIN closes. Code run in the content script's own sandbox
// cannot undo the lock. The page keeps its warnings throughout. The cases that are the same in
// Chromium live in ../scenarios/family-lock.ts; this file drives them through puppeteer-core.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ChangeReply, OptionsState } from '../../../src/extension/protocol';
import { optionsPath } from '../harness/built-extension';
import { uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { runInContentScript } from '../harness/firefox-privileged';
import { firefoxSuite } from './firefox-suite';
import {
  itKeepsTheLockFromContentScriptCode,
  itRefusesLoweringMessagesWithoutPin,
  type FamilyLockBrowser,
} from '../scenarios/family-lock';

const o = (key: string) => uiString('options', key);

describe('Firefox ESR: family lock', () => {
  const s = firefoxSuite();
  const state = () => s.send<OptionsState>({ type: 'mingbai/getOptionsState' });
  const driver: FamilyLockBrowser<Page> = {
    name: 'Firefox ESR',
    session: () => s,
    // Each marker and the banner is a UI host of its own.
    warningsShown: (page) => s.uiHostCount(page),
    // Mingbai's own content-script sandbox of the tab (the page is not reloaded).
    runAsContentScript: (page, code, arg) => runInContentScript(s, page, code, arg),
  };

  itRefusesLoweringMessagesWithoutPin(driver);

  it('a wrong PIN in the options page says the tries left and the wait; 忘记 PIN restores protection with a notice', async () => {
    const options = await s.browser.newPage();
    await s.gotoExtensionPage(options, optionsPath(s.extension.manifest));
    await options.waitForSelector('input[name="sensitivity"][value="relaxed"]');
    await waitUntil(() => options.evaluate(() => !(document.getElementById('pin-forgot-box') as HTMLElement).hidden), {
      what: 'the options page to show the PIN is set',
    });

    await options.click('input[name="sensitivity"][value="relaxed"]');
    await options.waitForSelector('#pin-input');
    await options.type('#pin-input', '0000');
    await options.keyboard.press('Enter');
    const why = await waitUntil(
      () => options.evaluate(() => document.querySelector<HTMLElement>('dialog[open] #pin-why')?.textContent ?? null),
      { what: 'the PIN prompt again, saying why' },
    );
    const expected = o('options_pinWrongTries')
      .replace('$1', '2')
      .replace('$2', o('options_durationSeconds').replace('$1', '30'));
    expect(why).toBe(expected);
    await options.keyboard.press('Escape');
    expect((await state()).settings.sensitivity).toBe('standard');

    await options.click('#pin-forgot');
    await waitUntil(() => options.evaluate(() => document.activeElement?.id === 'pin-forgot-no' || null), {
      what: 'focus on 取消 in the reset question',
    });
    await options.click('#pin-forgot-yes');
    const notice = await waitUntil(
      () =>
        options.evaluate(() =>
          (document.getElementById('notice') as HTMLElement).hidden ? null : document.getElementById('notice-text')!.textContent,
        ),
      { what: 'the PIN-reset notice' },
    );
    expect(notice).toContain(o('options_noticePinReset').split('（')[0]!);
    const reset = await state();
    expect(reset.settings.pinSet).toBe(false);
    expect(reset.notice?.kind).toBe('pin-reset');
    expect(reset.settings.categories).toEqual({ loan: true, food: true, training: true, common: true });
  });

  it('the PIN-reset notice cannot be closed without a PIN, and then only with the new one', async () => {
    if ((await state()).notice?.kind !== 'pin-reset')
      expect(await s.send<ChangeReply>({ type: 'mingbai/resetPin' })).toEqual({ ok: true });
    const options = await s.browser.newPage();
    await s.gotoExtensionPage(options, optionsPath(s.extension.manifest));
    await waitUntil(() => options.evaluate(() => !(document.getElementById('notice') as HTMLElement).hidden || null), {
      what: 'the PIN-reset notice',
    });
    // No PIN: no 知道了, a line saying how it closes; the message alone is refused too.
    expect(await options.evaluate(() => (document.getElementById('notice-dismiss') as HTMLElement).hidden)).toBe(true);
    expect(await options.evaluate(() => document.getElementById('notice-how')!.textContent)).toBe(o('options_noticePinResetHow'));
    expect(await s.send<ChangeReply>({ type: 'mingbai/dismissNotice' })).toEqual({ ok: false, error: 'pin-not-set' });
    expect((await state()).notice?.kind).toBe('pin-reset');

    // A new PIN: 知道了 is back and asks for it; a wrong one keeps the notice.
    expect(await s.send<ChangeReply>({ type: 'mingbai/setPin', newPin: '9753' })).toEqual({ ok: true });
    // (puppeteer does not see an extension page's reload finish: reload from inside and wait for the new state)
    await options.evaluate(() => location.reload());
    await waitUntil(() => options.evaluate(() => !(document.getElementById('notice-dismiss') as HTMLElement).hidden || null), {
      what: '知道了 with a PIN set',
    });
    await options.click('#notice-dismiss');
    await options.waitForSelector('#pin-input');
    await options.type('#pin-input', '0000');
    await options.keyboard.press('Enter');
    await waitUntil(
      () => options.evaluate(() => document.querySelector<HTMLElement>('dialog[open] #pin-why')?.textContent || null),
      { what: 'the PIN prompt again' },
    );
    expect((await state()).notice?.kind).toBe('pin-reset');
    await options.evaluate(() => ((document.getElementById('pin-input') as HTMLInputElement).value = ''));
    await options.type('#pin-input', '9753');
    await options.keyboard.press('Enter');
    await waitUntil(() => options.evaluate(() => (document.getElementById('notice') as HTMLElement).hidden || null), {
      what: 'the notice to close',
    });
    expect((await state()).notice).toBeNull();
    await s.send<ChangeReply>({ type: 'mingbai/setPin', currentPin: '9753', newPin: null });
  });

  itKeepsTheLockFromContentScriptCode(driver);
});
