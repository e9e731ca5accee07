// Sites paused from the popup ("在此网站暂停"), each with 恢复. Resuming adds protection, so it
// needs no PIN; pausing is done from the popup, with the PIN when one is set.
import type { ChangeReply } from '../../protocol';
import { t } from '../page-i18n';
import { el } from '../../../ui/dom-build';
import { send } from '../send-message';
import type { OptionsPage } from './options-page';

export function setUpPausedSites(page: OptionsPage): void {
  const list = document.getElementById('paused-list') as HTMLUListElement;
  const empty = document.getElementById('paused-empty') as HTMLElement;

  page.onRender(({ settings }) => {
    empty.hidden = settings.pausedSites.length > 0;
    list.replaceChildren(
      ...settings.pausedSites.map((host) => {
        const resume = el(document, 'button', { text: t('options_pausedResume') });
        resume.type = 'button';
        resume.setAttribute('aria-label', t('options_pausedResumeLabel', host));
        resume.addEventListener('click', () => {
          void page.guarded(() => send<ChangeReply>({ type: 'mingbai/resumeSite', host }), t('options_pausedResumed', host));
        });
        return el(document, 'li', {}, [el(document, 'span', { text: host }), resume]);
      }),
    );
  });
}
