// What every section of the options page shares: the current state from the background, the
// status line, and a guarded settings change (PIN asked for when set, checked by the background).
import type { ChangeReply, OptionsState, SettingsPatchMessage } from '../../protocol';
import { applyTextScale, t } from '../page-i18n';
import { pinErrorText, withPin } from '../pin-prompt';
import { send } from '../send-message';

export class OptionsPage {
  private current: OptionsState | null = null;
  private readonly renderers: Array<(state: OptionsState) => void> = [];

  get state(): OptionsState {
    if (!this.current) throw new Error('options state read before it was loaded');
    return this.current;
  }

  onRender(render: (state: OptionsState) => void): void {
    this.renderers.push(render);
  }

  async refresh(): Promise<void> {
    this.current = await send<OptionsState>({ type: 'mingbai/getOptionsState' });
    applyTextScale(this.current.settings.textScale);
    for (const render of this.renderers) render(this.current);
  }

  say(text: string, kind: 'ok' | 'error' = 'ok'): void {
    const status = document.getElementById('status') as HTMLElement;
    status.className = `status ${kind}`;
    status.textContent = text;
  }

  /** What an action whose work failed says (the error stays in the console for us). */
  readonly failed = (error: unknown): void => {
    console.error(error);
    this.say(t('options_actionFailed'), 'error');
  };

  /** Explains a refused change on the status line. */
  sayRefusal(reply: Exclude<ChangeReply, { ok: true }>): void {
    this.say(pinErrorText(reply) ?? t('options_failed', 'detail' in reply ? reply.detail : reply.error), 'error');
  }

  /** Runs a guarded change; re-renders from the background's state either way. */
  async guarded<R extends ChangeReply | { ok: boolean; error?: string }>(
    change: (pin?: string) => Promise<R>,
    done = t('options_saved'),
  ): Promise<R | null> {
    const reply = await withPin(change);
    if (reply?.ok) this.say(done);
    else if (reply && 'error' in reply && typeof reply.error === 'string')
      this.sayRefusal(reply as Exclude<ChangeReply, { ok: true }>);
    await this.refresh();
    return reply;
  }

  update(patch: SettingsPatchMessage): Promise<ChangeReply | null> {
    return this.guarded((pin) => send<ChangeReply>({ type: 'mingbai/updateSettings', patch, pin }));
  }
}
