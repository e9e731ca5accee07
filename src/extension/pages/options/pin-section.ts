// Setting, changing and removing the PIN. Each needs the current PIN when one is set; the
// background checks it and slows down guessing.
import { isAcceptablePin } from '../../../settings/pin-hash';
import type { ChangeReply } from '../../protocol';
import { t } from '../page-i18n';
import { send } from '../send-message';
import type { OptionsPage } from './options-page';

export function setUpPinSection(page: OptionsPage): void {
  const status = document.getElementById('pin-status') as HTMLElement;
  const form = document.getElementById('pin-form') as HTMLFormElement;
  const first = document.getElementById('pin-new') as HTMLInputElement;
  const repeat = document.getElementById('pin-repeat') as HTMLInputElement;
  const save = document.getElementById('pin-save') as HTMLButtonElement;
  const remove = document.getElementById('pin-remove') as HTMLButtonElement;

  page.onRender(({ settings }) => {
    status.textContent = t(settings.pinSet ? 'options_pinStatusOn' : 'options_pinStatusOff');
    save.textContent = t(settings.pinSet ? 'options_pinChange' : 'options_pinSet');
    remove.hidden = !settings.pinSet;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!isAcceptablePin(first.value)) return page.say(t('options_pinFormat'), 'error');
    if (first.value !== repeat.value) return page.say(t('options_pinMismatch'), 'error');
    const newPin = first.value;
    const reply = await page.guarded((currentPin) => send<ChangeReply>({ type: 'mingbai/setPin', currentPin, newPin }), t('options_pinSaved'));
    if (reply?.ok) form.reset();
  });

  remove.addEventListener('click', () => {
    void page.guarded((currentPin) => send<ChangeReply>({ type: 'mingbai/setPin', currentPin, newPin: null }), t('options_pinRemoved'));
  });
}
