// The trusted-site list: add (normalised by the background) and remove.
import { normaliseHost } from '../../../settings/hostnames';
import { asyncListener } from '../async-listener';
import { t } from '../page-i18n';
import type { OptionsPage } from './options-page';
import { setUpRowList } from './row-list-view';

export function setUpTrustedSites(page: OptionsPage): void {
  const form = document.getElementById('trusted-add') as HTMLFormElement;
  const input = document.getElementById('trusted-input') as HTMLInputElement;

  setUpRowList(page, {
    listId: 'trusted-list',
    emptyId: 'trusted-empty',
    rows: ({ settings }) =>
      settings.trustedSites.map((host) => ({
        text: host,
        button: t('options_trustedRemove'),
        label: t('options_trustedRemoveLabel', host),
        press: asyncListener(async () => {
          await page.update({ trustedSites: page.state.settings.trustedSites.filter((h) => h !== host) });
          input.focus();
        }, page.failed),
      })),
  });

  form.addEventListener(
    'submit',
    asyncListener(async (event) => {
      event.preventDefault();
      const host = normaliseHost(input.value);
      if (!host) {
        page.say(t('options_trustedInvalid'), 'error');
        input.focus();
        return;
      }
      const reply = await page.update({ trustedSites: [...page.state.settings.trustedSites, host] });
      if (reply?.ok) input.value = '';
    }, page.failed),
  );
}
