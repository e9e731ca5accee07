// The welcome page, opened once on install: who will use this browser (自己 / 家里的长辈) sets
// the profile and the text size, read-aloud can be tried, and a family PIN can be set. One
// screen, keyboard usable; everything is saved through the background like the options page.
import '../../src/extension/pages/page-base.css';
import './welcome.css';
import type { ChangeReply, OptionsState } from '../../src/extension/protocol';
import { applyI18n, applyTextScale, t } from '../../src/extension/pages/page-i18n';
import { pinErrorText, withPin } from '../../src/extension/pages/pin-prompt';
import { send } from '../../src/extension/pages/send-message';
import { isAcceptablePin } from '../../src/settings/pin-hash';
import { choiceFor, type Who } from '../../src/extension/pages/welcome/welcome-choice';
import { tryVoice } from '../../src/extension/pages/welcome/try-voice';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
  const status = byId('status');
  status.className = `status ${kind}`;
  status.textContent = text;
}

function choose(who: Who): void {
  const choice = choiceFor(who);
  byId('details').hidden = false;
  byId('profile-line').textContent = t(choice.sensitivity === 'elder' ? 'welcome_profileElder' : 'welcome_profileStandard');
  for (const r of radios('textScale')) r.checked = Number(r.value) === choice.textScale;
  byId<HTMLInputElement>('read-aloud').checked = choice.readAloud;
  applyTextScale(choice.textScale);
}

async function finish(): Promise<void> {
  const who = radios('who').find((r) => r.checked)?.value as Who | undefined;
  if (!who) return say(t('welcome_pickWho'), 'error');
  const pin = byId<HTMLInputElement>('pin-new').value;
  const repeat = byId<HTMLInputElement>('pin-repeat').value;
  if (pin || repeat) {
    if (!isAcceptablePin(pin)) return say(t('options_pinFormat'), 'error');
    if (pin !== repeat) return say(t('options_pinMismatch'), 'error');
  }
  const textScale = Number(radios('textScale').find((r) => r.checked)?.value ?? choiceFor(who).textScale);
  const patch = { sensitivity: choiceFor(who).sensitivity, textScale, readAloud: byId<HTMLInputElement>('read-aloud').checked };
  // A browser that already has a PIN (the page opened again) asks for it like the options page.
  const saved = await withPin((current) => send<ChangeReply>({ type: 'mingbai/updateSettings', patch, pin: current }));
  if (!saved) return;
  if (!saved.ok) return say(pinErrorText(saved) ?? t('options_failed', 'detail' in saved ? saved.detail : saved.error), 'error');
  if (pin) {
    const pinSaved = await withPin((current) => send<ChangeReply>({ type: 'mingbai/setPin', currentPin: current, newPin: pin }));
    if (!pinSaved?.ok)
      return say(
        pinSaved
          ? (pinErrorText(pinSaved) ?? t('options_failed', 'detail' in pinSaved ? pinSaved.detail : pinSaved.error))
          : t('welcome_pinNotSet'),
        'error',
      );
  }
  byId<HTMLInputElement>('pin-new').value = '';
  byId<HTMLInputElement>('pin-repeat').value = '';
  say(t(pin ? 'welcome_doneWithPin' : 'welcome_done'));
}

async function main(): Promise<void> {
  applyI18n();
  for (const r of radios('who')) r.addEventListener('change', () => choose(r.value as Who));
  for (const r of radios('textScale')) r.addEventListener('change', () => applyTextScale(Number(r.value)));
  byId('try-voice').addEventListener('click', () => {
    byId('voice-status').textContent = t(tryVoice(window, t('welcome_voiceSample')));
  });
  byId<HTMLFormElement>('welcome-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void finish();
  });
  const state = await send<OptionsState>({ type: 'mingbai/getOptionsState' });
  applyTextScale(state.settings.textScale);
  radios('who')[0]?.focus();
}

void main();
