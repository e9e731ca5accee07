// Asks for the PIN in a <dialog> on the page itself and retries the change with it. The page
// never decides whether a PIN is right: the background checks it (and slows down guessing).
import type { PinError } from '../../settings/settings-service';
import { t } from './page-i18n';
import { el } from '../../ui/dom-build';

type Reply = { ok: boolean; error?: string; retryAfterMs?: number; triesLeft?: number; lockoutMs?: number };

const isPinError = (e: unknown): e is PinError => e === 'pin-required' || e === 'pin-wrong' || e === 'pin-throttled';

/** Text explaining a PIN refusal, or null when the reply is not one. */
export function pinErrorText(reply: Reply): string | null {
  if (reply.ok || !isPinError(reply.error)) return null;
  const waitMs = reply.retryAfterMs ?? 0;
  if (reply.error === 'pin-wrong' && typeof reply.lockoutMs === 'number') {
    // Say how many tries are left and how long the (doubling) wait will be.
    if (waitMs > 0) return t('options_pinWrongLocked', duration(waitMs), duration(reply.lockoutMs));
    if (typeof reply.triesLeft === 'number') return t('options_pinWrongTries', reply.triesLeft, duration(reply.lockoutMs));
  }
  if (waitMs > 0) return t('options_pinThrottled', Math.ceil(waitMs / 1000));
  return reply.error === 'pin-wrong' ? t('options_pinWrong') : t('options_pinPromptWhy');
}

/** "30 秒", "2 分钟": whole seconds under two minutes, else whole minutes (rounded up). */
export function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? t('options_durationSeconds', seconds) : t('options_durationMinutes', Math.ceil(seconds / 60));
}

/**
 * Runs a change, first without a PIN: the background checks the input before the PIN, so a bad
 * file is reported without asking for the PIN, and an unlocked browser never asks. When the
 * background answers that the PIN is needed (or was wrong), asks for it and tries again.
 * Returns the final reply, or null when the person cancelled.
 */
export async function withPin<R extends Reply>(change: (pin?: string) => Promise<R>): Promise<R | null> {
  let pin: string | undefined;
  for (;;) {
    const reply = await change(pin);
    if (reply.ok || !isPinError(reply.error)) return reply;
    if (reply.error === 'pin-throttled' || (reply.retryAfterMs ?? 0) > 0) return reply;
    const next = await askPin(pinErrorText(reply) ?? t('options_pinPromptWhy'));
    if (next === null) return null;
    pin = next;
  }
}

/** Shows the PIN dialog; resolves with what was typed, or null on cancel. */
export function askPin(why: string): Promise<string | null> {
  return new Promise((resolve) => {
    const dialog = el(document, 'dialog', { className: 'pin-dialog' });
    const form = el(document, 'form');
    form.method = 'dialog';
    const reason = el(document, 'p', { text: why, className: 'pin-why' });
    reason.id = 'pin-why';
    const label = el(document, 'label', { text: t('options_pinPromptLabel') });
    const input = el(document, 'input');
    Object.assign(input, { type: 'password', inputMode: 'numeric', autocomplete: 'off', maxLength: 12, required: true });
    input.setAttribute('aria-describedby', 'pin-why');
    input.id = 'pin-input';
    label.htmlFor = 'pin-input';
    const ok = el(document, 'button', { text: t('options_pinPromptOk'), className: 'primary' });
    ok.type = 'submit';
    ok.value = 'ok';
    const cancel = el(document, 'button', { text: t('options_pinPromptCancel') });
    cancel.type = 'button';
    const buttons = el(document, 'div', { className: 'buttons' }, [ok, cancel]);
    form.append(reason, label, input, buttons);
    dialog.append(form);
    document.body.append(dialog);

    let settled = false;
    const finish = (value: string | null) => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(input.value);
    });
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));
    dialog.showModal();
    input.focus();
  });
}
