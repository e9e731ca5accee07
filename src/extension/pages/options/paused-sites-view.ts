// Sites paused from the popup ("在此网站暂停"), each with 恢复. Resuming adds protection, so it
// needs no PIN; pausing is done from the popup, with the PIN when one is set.
import type { ChangeReply } from '../../protocol';
import { t } from '../page-i18n';
import { send } from '../send-message';
import type { OptionsPage } from './options-page';
import { setUpRowList } from './row-list-view';

export function setUpPausedSites(page: OptionsPage): void {
  setUpRowList(page, {
    listId: 'paused-list',
    emptyId: 'paused-empty',
    rows: ({ settings }) =>
      settings.pausedSites.map((host) => ({
        text: host,
        button: t('options_pausedResume'),
        label: t('options_pausedResumeLabel', host),
        press: () => {
          void page.guarded(() => send<ChangeReply>({ type: 'mingbai/resumeSite', host }), t('options_pausedResumed', host));
        },
      })),
  });
}
