// Warnings hidden on one site ("报告误报" / "这不对"), with a way to bring each back.
import { t } from '../page-i18n';
import type { OptionsPage } from './options-page';
import { setUpRowList } from './row-list-view';

export function setUpDismissedRules(page: OptionsPage): void {
  setUpRowList(page, {
    listId: 'dismissed-list',
    emptyId: 'dismissed-empty',
    rows: ({ settings, ruleTitles }) =>
      Object.entries(settings.dismissed).flatMap(([host, ids]) =>
        ids.map((ruleId) => {
          // By title, as the warning was shown; the rule id only when no pack knows it any more.
          const title = ruleTitles[ruleId]?.zh ?? t('options_dismissedUnknownRule', ruleId);
          return {
            text: `${title} · ${host}`,
            button: t('options_dismissedRestore'),
            label: t('options_dismissedRestoreLabel', host, title),
            press: () => {
              const dismissed = {
                ...page.state.settings.dismissed,
                [host]: (page.state.settings.dismissed[host] ?? []).filter((id) => id !== ruleId),
              };
              void page.update({ dismissed });
            },
          };
        }),
      ),
  });
}
