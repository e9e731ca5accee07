// The PIN lock: set in the options page, it guards every change. The background checks it (a
// page cannot skip the check), and wrong guesses are slowed down.
import { describe, expect, it } from 'vitest';
import type { ChangeReply, OptionsState } from '../../../src/extension/protocol';
import { startsWith, uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';

const PIN = '2468';
const WRONG = '1357';

describe('Chromium: PIN lock', () => {
  const session = chromiumSuite();
  const state = () => session().send<OptionsState>({ type: 'mingbai/getOptionsState' });

  it('set in options; changes need it; the options page asks for it; wrong PINs are slowed down', async () => {
    const s = session();
    const o = (key: string) => uiString('options', key);
    const options = await s.openOptions();

    // 1. Set a PIN through the options page.
    await options.getByLabel(o('options_pinNewLabel')).fill(PIN);
    await options.getByLabel(o('options_pinRepeatLabel')).fill(PIN);
    await options.getByRole('button', { name: o('options_pinSet') }).click();
    await waitUntil(async () => (await state()).settings.pinSet, { what: 'the PIN to be stored' });
    await options.getByText(o('options_pinSaved')).waitFor();

    // 2. Without the PIN, a change is refused and nothing changes.
    const refused = await s.updateSettings({ sensitivity: 'relaxed' });
    expect(refused).toMatchObject({ ok: false, error: 'pin-required' });
    expect((await state()).settings.sensitivity).toBe('standard');

    // 3. In the options page, choosing a profile asks for the PIN; cancelling keeps the old one…
    const elderRadio = options.getByRole('radio', { name: startsWith(o('options_profile_elder')) });
    await elderRadio.click();
    const pinInput = options.getByLabel(o('options_pinPromptLabel'));
    await pinInput.waitFor();
    await options.getByRole('button', { name: o('options_pinPromptCancel') }).click();
    await pinInput.waitFor({ state: 'hidden' });
    expect((await state()).settings.sensitivity).toBe('standard');
    // …and the right PIN lets the change through.
    await elderRadio.click();
    await pinInput.fill(PIN);
    await options.getByRole('button', { name: o('options_pinPromptOk') }).click();
    await waitUntil(async () => (await state()).settings.sensitivity === 'elder', {
      what: 'the elder profile after entering the PIN',
    });

    // 4. With the PIN, the background accepts a change directly too.
    expect(await s.updateSettings({ sensitivity: 'standard' }, PIN)).toEqual({ ok: true });

    // 5. Wrong PINs: the first ones are refused as wrong, then every try is locked out for a
    //    while — even the right PIN — and the reply says how long.
    const replies: ChangeReply[] = [];
    for (let i = 0; i < 3; i++) replies.push(await s.updateSettings({ sensitivity: 'relaxed' }, WRONG));
    expect(replies[0]).toMatchObject({ ok: false, error: 'pin-wrong' });
    const locked = await s.updateSettings({ sensitivity: 'relaxed' }, PIN);
    expect(locked).toMatchObject({ ok: false, error: 'pin-throttled' });
    expect((locked as { retryAfterMs?: number }).retryAfterMs).toBeGreaterThan(1_000);
    expect((await state()).settings.sensitivity).toBe('standard');
    expect((await state()).pinRetryAfterMs).toBeGreaterThan(0);
  });
});
