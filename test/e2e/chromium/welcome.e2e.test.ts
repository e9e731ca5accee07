// The welcome page: opened by the extension itself on install, one question, a PIN, done.
import { describe, expect, it } from 'vitest';
import type { OptionsState } from '../../../src/extension/protocol';
import { uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';

const w = (key: string) => uiString('welcome', key);

describe('Chromium: welcome page on install', () => {
  const session = chromiumSuite();

  it('opens by itself; 家里的长辈 and a PIN give the elder profile, larger text, read-aloud and the lock', async () => {
    const s = session();
    const welcome = await waitUntil(() => s.context.pages().find((p) => p.url() === s.extensionUrl('welcome.html')), {
      what: 'the welcome page to open after install',
      timeoutMs: 10_000,
    });
    await welcome.getByRole('heading', { name: w('welcome_heading') }).waitFor();
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    // Keyboard only: focus starts on the question; the arrow key picks 家里的长辈.
    await waitUntil(() => welcome.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'who' || null), {
      what: 'focus on the question',
    });
    await welcome.keyboard.press('ArrowDown');
    expect(await welcome.getByRole('radio', { name: w('welcome_whoElder') }).isChecked()).toBe(true);
    await welcome.getByText(w('welcome_profileElder')).waitFor();
    expect(await welcome.getByRole('checkbox', { name: w('welcome_readAloud') }).isChecked()).toBe(true);
    await welcome.getByRole('button', { name: w('welcome_tryVoice') }).click();
    // Headless Chromium may or may not have a Chinese voice: either way the page says something.
    await waitUntil(() => welcome.evaluate(() => document.getElementById('voice-status')?.textContent || null), {
      what: 'a word about the voice',
    });

    await welcome.getByLabel(w('welcome_pinNew'), { exact: true }).fill('1357');
    await welcome.getByLabel(w('welcome_pinRepeat')).fill('1357');
    await welcome.getByLabel(w('welcome_pinRepeat')).press('Enter');
    await welcome.getByText(w('welcome_doneWithPin')).waitFor();

    const state = await s.send<OptionsState>({ type: 'mingbai/getOptionsState' });
    expect(state.settings).toMatchObject({ sensitivity: 'elder', textScale: 1.25, readAloud: true, pinSet: true });
    // The options page shows the same.
    const options = await s.openOptions();
    await options.getByText(uiString('options', 'options_pinStatusOn')).waitFor();
    expect(
      await options.getByRole('radio', { name: new RegExp(`^${uiString('options', 'options_profile_elder')}`) }).isChecked(),
    ).toBe(true);
    // Leave no PIN for the suite's clean-up.
    await s.send({ type: 'mingbai/setPin', currentPin: '1357', newPin: null });
  });
});
