// Setting, changing and removing the PIN. Each needs the current PIN when one is set; the
// background checks it and slows down guessing.
import { isAcceptablePin } from '../../../settings/pin-hash';
import type { ChangeReply } from '../../protocol';
import { asyncListener } from '../async-listener';
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
  const forgotBox = document.getElementById('pin-forgot-box') as HTMLElement;
  const forgot = document.getElementById('pin-forgot') as HTMLButtonElement;
  const forgotConfirm = document.getElementById('pin-forgot-confirm') as HTMLElement;

  page.onRender(({ settings }) => {
    status.textContent = t(settings.pinSet ? 'options_pinStatusOn' : 'options_pinStatusOff');
    save.textContent = t(settings.pinSet ? 'options_pinChange' : 'options_pinSet');
    remove.hidden = !settings.pinSet;
    forgotBox.hidden = !settings.pinSet;
  });

  // "忘记 PIN": the background resets the PIN only together with protective settings and leaves
  // a dated notice. Asked once more first; the safe choice (取消) has the focus.
  forgot.addEventListener('click', () => {
    forgotConfirm.hidden = false;
    (document.getElementById('pin-forgot-no') as HTMLButtonElement).focus();
  });
  document.getElementById('pin-forgot-no')?.addEventListener('click', () => {
    forgotConfirm.hidden = true;
    forgot.focus();
  });
  document.getElementById('pin-forgot-yes')?.addEventListener(
    'click',
    asyncListener(async () => {
      forgotConfirm.hidden = true;
      await send({ type: 'mingbai/resetPin' });
      page.say(t('options_pinForgotDone'));
      await page.refresh();
    }, page.failed),
  );

  form.addEventListener(
    'submit',
    asyncListener(async (event) => {
      event.preventDefault();
      if (!isAcceptablePin(first.value)) return page.say(t('options_pinFormat'), 'error');
      if (first.value !== repeat.value) return page.say(t('options_pinMismatch'), 'error');
      const newPin = first.value;
      const reply = await page.guarded(
        (currentPin) => send<ChangeReply>({ type: 'mingbai/setPin', currentPin, newPin }),
        t('options_pinSaved'),
      );
      if (reply?.ok) form.reset();
    }, page.failed),
  );

  remove.addEventListener('click', () => {
    void page.guarded(
      (currentPin) => send<ChangeReply>({ type: 'mingbai/setPin', currentPin, newPin: null }),
      t('options_pinRemoved'),
    );
  });
}
