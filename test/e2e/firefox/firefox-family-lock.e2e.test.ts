// Firefox ESR: the family lock. With a PIN set the background refuses every lowering message
// without it, "这不对"/报告误报 is recorded but the warning stays, a wrong PIN in the options page
// says how many tries are left and how long the wait will be, and "忘记 PIN" restores protection
// with a dated notice that only a new PIN closes. Code run in the content script's own sandbox
// cannot undo the lock. The page keeps its warnings throughout.
import { describe, expect, it } from 'vitest';
import type { ChangeReply, Message, OptionsState, ReportWrongReply } from '../../../src/extension/protocol';
import { optionsPath } from '../harness/built-extension';
import { uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { runInContentScript } from '../harness/firefox-privileged';
import { firefoxSuite } from './firefox-suite';

const PIN = '2468';
const PAGE = '/e2e/loan-offer.html';
const o = (key: string) => uiString('options', key);

describe('Firefox ESR: family lock', () => {
  const s = firefoxSuite();
  const state = () => s.send<OptionsState>({ type: 'mingbai/getOptionsState' });

  it('every lowering message is refused without the PIN, and the warnings stay', async () => {
    expect(await s.send<ChangeReply>({ type: 'mingbai/setPin', newPin: PIN })).toEqual({ ok: true });
    const page = await s.open(PAGE);
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
    for (const message of lowering)
      expect(await s.send<ChangeReply>(message), message.type).toMatchObject({ ok: false, error: 'pin-required' });

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

  it('code in the content script’s own sandbox cannot clear the PIN, reset the throttle or stop the scanning', async () => {
    if (!(await state()).settings.pinSet)
      expect(await s.send<ChangeReply>({ type: 'mingbai/setPin', newPin: PIN })).toEqual({ ok: true });
    // Three wrong PINs: the check is locked for a while.
    for (let i = 0; i < 3; i++)
      await s.send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { readAloud: true }, pin: '0000' });
    const status = await state();
    expect(status.pinRetryAfterMs).toBeGreaterThan(0);

    const page = await s.open(PAGE);
    const scanned = await s.waitForScan(page, (t) => t.findings.length > 0);
    const hosts = await waitUntil(async () => (await s.uiHostCount(page)) || undefined, { what: 'Mingbai UI hosts in the page' });

    // Everything the old storage layout let a content script do, plus asking the background
    // (the Chromium twin: chromium/family-lock.e2e.test.ts). Runs in Mingbai's content-script sandbox.
    const out = await runInContentScript(
      s,
      page,
      async (href: string) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the extension API as the content script's sandbox sees it, untyped on purpose
        const api = (globalThis as unknown as { browser: any }).browser;
        const result: Record<string, unknown> = {};
        const tryIt = async (name: string, fn: () => Promise<unknown>) => {
          try {
            result[name] = (await fn()) ?? null;
          } catch (e) {
            result[name] = `threw: ${String(e)}`;
          }
        };
        const version = api.runtime.getManifest().version;
        await tryIt('storage', () =>
          api.storage.local.set({
            'mingbai.settings': {
              version: 3,
              sensitivity: 'relaxed',
              categories: { loan: false, food: false, training: false, common: false },
              trustedSites: ['127.0.0.1'],
              pausedSites: [],
              textScale: 1,
              readAloud: false,
              pin: null,
              dismissed: {},
            },
            'mingbai.pinThrottle': { failures: 0, lockedUntil: 0 },
            'mingbai.contentPacks': {
              version,
              digest: 'x',
              packs: [{ id: 'empty', version: '1', negations: [], classifier: [], lexicons: {}, rules: [] }],
            },
          }),
        );
        await tryIt('session', () => api.storage.session.set({ 'mingbai.pinThrottle': { failures: 0, lockedUntil: 0 } }));
        for (const message of [
          { type: 'mingbai/setPin', newPin: null },
          { type: 'mingbai/resetPin' },
          { type: 'mingbai/updateSettings', patch: { categories: { loan: false, food: false, training: false, common: false } } },
          { type: 'mingbai/trustSite', host: '127.0.0.1' },
          { type: 'mingbai/pauseSite', host: '127.0.0.1' },
          { type: 'mingbai/dismissRule', ruleId: 'loan.apr-over-cap.stated', url: href },
          { type: 'mingbai/clearLicenceMemory' },
          { type: 'mingbai/dismissNotice' },
          { type: 'mingbai/getOptionsState' },
        ])
          await tryIt(message.type, () => api.runtime.sendMessage(message));
        // The content script's IndexedDB is the page's, not the extension's.
        await tryIt(
          'idb',
          () =>
            new Promise((resolve) => {
              const open = indexedDB.open('mingbai');
              open.onsuccess = () => resolve([...open.result.objectStoreNames]);
              open.onerror = () => resolve('error');
            }),
        );
        return result;
      },
      scanned.url,
    );
    // It really ran with the content script's rights: storage.local took the write.
    expect(out.storage).toBeNull();
    // The background ignores every guarded message from a content script (no answer)…
    for (const type of [
      'mingbai/setPin',
      'mingbai/resetPin',
      'mingbai/updateSettings',
      'mingbai/trustSite',
      'mingbai/pauseSite',
      'mingbai/dismissRule',
      'mingbai/clearLicenceMemory',
      'mingbai/dismissNotice',
      'mingbai/getOptionsState',
    ])
      expect(out[type], type).toBeNull();
    // …the extension's IndexedDB store is out of reach…
    expect(out.idb).toEqual([]);

    // …and the lock, the throttle and the protection are as they were.
    const after = await state();
    expect(after.settings).toEqual(status.settings);
    expect(after.pinRetryAfterMs).toBeGreaterThan(0);
    expect(await s.send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { readAloud: true }, pin: PIN })).toMatchObject({
      ok: false,
      error: 'pin-throttled',
    });
    await page.reload();
    const again = await s.waitForScan(page, (t) => t.findings.length > 0);
    expect(again.findings.map((f) => f.ruleId).sort()).toEqual(scanned.findings.map((f) => f.ruleId).sort());
    await waitUntil(async () => ((await s.uiHostCount(page)) >= hosts ? true : undefined), {
      what: `${hosts} UI hosts after the attack and a reload`,
    });
  });
});
