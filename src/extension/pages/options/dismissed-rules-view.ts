// Warnings hidden on one site ("报告误报" / "这不对"), with a way to bring each back.
import { t } from '../page-i18n';
import { el } from '../../../ui/dom-build';
import type { OptionsPage } from './options-page';

export function setUpDismissedRules(page: OptionsPage): void {
  const list = document.getElementById('dismissed-list') as HTMLUListElement;
  const empty = document.getElementById('dismissed-empty') as HTMLElement;

  page.onRender(({ settings, ruleTitles }) => {
    const pairs = Object.entries(settings.dismissed).flatMap(([host, ids]) => ids.map((id) => [host, id] as const));
    empty.hidden = pairs.length > 0;
    list.replaceChildren(
      ...pairs.map(([host, ruleId]) => {
        const restore = el(document, 'button', { text: t('options_dismissedRestore') });
        restore.type = 'button';
        // By title, as the warning was shown; the rule id only when no pack knows it any more.
        const title = ruleTitles[ruleId]?.zh ?? t('options_dismissedUnknownRule', ruleId);
        restore.setAttribute('aria-label', t('options_dismissedRestoreLabel', host, title));
        restore.addEventListener('click', () => {
          const dismissed = {
            ...page.state.settings.dismissed,
            [host]: (page.state.settings.dismissed[host] ?? []).filter((id) => id !== ruleId),
          };
          void page.update({ dismissed });
        });
        return el(document, 'li', {}, [el(document, 'span', { text: `${title} · ${host}` }), restore]);
      }),
    );
  });
}
