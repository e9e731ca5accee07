// Firefox ESR: the family lock. With a PIN set the background refuses every lowering message
// without it, "这不对"/报告误报 is recorded but the warning stays, a wrong PIN in the options page
// says how many tries are left and how long the wait will be, and "忘记 PIN" restores protection
// with a dated notice. The page keeps its warnings throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ChangeReply, Message, OptionsState, ReportWrongReply } from '../../../src/extension/protocol';
import { optionsPath } from '../harness/built-extension';
import { uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { startFirefox, type FirefoxSession } from '../harness/firefox-session';

const PIN = '2468';
const PAGE = '/e2e/loan-offer.html';
const o = (key: string) => uiString('options', key);

describe('Firefox ESR: family lock', () => {
  let s: FirefoxSession;
  const pages: Page[] = [];
  beforeAll(async () => {
    s = await startFirefox();
  }, 60_000);
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await s?.close();
  }, 30_000);
  const state = () => s.send<OptionsState>({ type: 'mingbai/getOptionsState' });

  it('every lowering message is refused without the PIN, and the warnings stay', async () => {
    expect(await s.send<ChangeReply>({ type: 'mingbai/setPin', newPin: PIN })).toEqual({ ok: true });
    const page = await s.open(PAGE);
    pages.push(page);
    const scanned = await s.waitForScan(page, (t) => t.findings.length > 0);
    await waitUntil(async () => (await s.uiHostCount(page)) > 0, { what: 'Mingbai UI hosts in the page' });
    const before = await state();
    const ruleId = scanned.findings[0]!.ruleId;

    const report = await s.send<ReportWrongReply>({ type: 'mingbai/reportWrong', ruleId, url: scanned.url, evidence: 'x' });
    expect(report).toEqual({ ok: true, dismissed: false, error: 'pin-required' });
    const lowering: Message[] = [
      { type: 'mingbai/dismissRule', ruleId, url: scanned.url },
      { type: 'mingbai/trustSite', host: '127.0.0.1' },
      { type: 'mingbai/pauseSite', host: '127.0.0.1' },
      { type: 'mingbai/updateSettings', patch: { sensitivity: 'relaxed' } },
      { type: 'mingbai/updateSettings', patch: { categories: { loan: false, food: true, training: true, common: true } } },
      { type: 'mingbai/clearLicenceMemory' },
      { type: 'mingbai/setPin', newPin: null },
    ];
    for (const message of lowering) expect(await s.send<ChangeReply>(message), message.type).toMatchObject({ ok: false, error: 'pin-required' });

    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.reportCount).toBe(before.reportCount + 1);
    await page.reload();
    const again = await s.waitForScan(page, (t) => t.findings.length > 0);
    expect(again.findings.map((f) => f.ruleId).sort()).toEqual(scanned.findings.map((f) => f.ruleId).sort());
    await waitUntil(async () => (await s.uiHostCount(page)) > 0, { what: 'Mingbai UI hosts after the reload' });
  });

  it('a wrong PIN in the options page says the tries left and the wait; 忘记 PIN restores protection with a notice', async () => {
    const options = await s.browser.newPage();
    pages.push(options);
    await s.gotoExtensionPage(options, optionsPath(s.extension.manifest));
    await options.waitForSelector('input[name="sensitivity"][value="relaxed"]');
    await waitUntil(() => options.evaluate(() => !(document.getElementById('pin-forgot-box') as HTMLElement).hidden), { what: 'the options page to show the PIN is set' });

    await options.click('input[name="sensitivity"][value="relaxed"]');
    await options.waitForSelector('#pin-input');
    await options.type('#pin-input', '0000');
    await options.keyboard.press('Enter');
    const why = await waitUntil(
      () => options.evaluate(() => (document.querySelector('dialog[open] #pin-why') as HTMLElement | null)?.textContent ?? null),
      { what: 'the PIN prompt again, saying why' },
    );
    const expected = o('options_pinWrongTries').replace('$1', '2').replace('$2', o('options_durationSeconds').replace('$1', '30'));
    expect(why).toBe(expected);
    await options.keyboard.press('Escape');
    expect((await state()).settings.sensitivity).toBe('standard');

    await options.click('#pin-forgot');
    await waitUntil(() => options.evaluate(() => document.activeElement?.id === 'pin-forgot-no' || null), { what: 'focus on 取消 in the reset question' });
    await options.click('#pin-forgot-yes');
    const notice = await waitUntil(
      () => options.evaluate(() => ((document.getElementById('notice') as HTMLElement).hidden ? null : document.getElementById('notice-text')!.textContent)),
      { what: 'the PIN-reset notice' },
    );
    expect(notice).toContain(o('options_noticePinReset').split('（')[0]!);
    const reset = await state();
    expect(reset.settings.pinSet).toBe(false);
    expect(reset.notice?.kind).toBe('pin-reset');
    expect(reset.settings.categories).toEqual({ loan: true, food: true, training: true, common: true });
  });

  it('the PIN-reset notice cannot be closed without a PIN, and then only with the new one', async () => {
    if ((await state()).notice?.kind !== 'pin-reset') expect(await s.send<ChangeReply>({ type: 'mingbai/resetPin' })).toEqual({ ok: true });
    const options = await s.browser.newPage();
    pages.push(options);
    await s.gotoExtensionPage(options, optionsPath(s.extension.manifest));
    await waitUntil(() => options.evaluate(() => !(document.getElementById('notice') as HTMLElement).hidden || null), { what: 'the PIN-reset notice' });
    // No PIN: no 知道了, a line saying how it closes; the message alone is refused too.
    expect(await options.evaluate(() => (document.getElementById('notice-dismiss') as HTMLElement).hidden)).toBe(true);
    expect(await options.evaluate(() => document.getElementById('notice-how')!.textContent)).toBe(o('options_noticePinResetHow'));
    expect(await s.send<ChangeReply>({ type: 'mingbai/dismissNotice' })).toEqual({ ok: false, error: 'pin-not-set' });
    expect((await state()).notice?.kind).toBe('pin-reset');

    // A new PIN: 知道了 is back and asks for it; a wrong one keeps the notice.
    expect(await s.send<ChangeReply>({ type: 'mingbai/setPin', newPin: '9753' })).toEqual({ ok: true });
    // (puppeteer does not see an extension page's reload finish: reload from inside and wait for the new state)
    await options.evaluate(() => location.reload());
    await waitUntil(() => options.evaluate(() => !(document.getElementById('notice-dismiss') as HTMLElement).hidden || null), { what: '知道了 with a PIN set' });
    await options.click('#notice-dismiss');
    await options.waitForSelector('#pin-input');
    await options.type('#pin-input', '0000');
    await options.keyboard.press('Enter');
    await waitUntil(() => options.evaluate(() => (document.querySelector('dialog[open] #pin-why') as HTMLElement | null)?.textContent || null), { what: 'the PIN prompt again' });
    expect((await state()).notice?.kind).toBe('pin-reset');
    await options.evaluate(() => ((document.getElementById('pin-input') as HTMLInputElement).value = ''));
    await options.type('#pin-input', '9753');
    await options.keyboard.press('Enter');
    await waitUntil(() => options.evaluate(() => (document.getElementById('notice') as HTMLElement).hidden || null), { what: 'the notice to close' });
    expect((await state()).notice).toBeNull();
    await s.send<ChangeReply>({ type: 'mingbai/setPin', currentPin: '9753', newPin: null });
  });
});
