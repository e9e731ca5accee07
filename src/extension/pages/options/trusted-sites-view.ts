// The trusted-site list: add (normalised by the background) and remove.
import { normaliseHost } from '../../../settings/hostnames';
import { asyncListener } from '../async-listener';
import { t } from '../page-i18n';
import { el } from '../../../ui/dom-build';
import type { OptionsPage } from './options-page';

export function setUpTrustedSites(page: OptionsPage): void {
  const list = document.getElementById('trusted-list') as HTMLUListElement;
  const empty = document.getElementById('trusted-empty') as HTMLElement;
  const form = document.getElementById('trusted-add') as HTMLFormElement;
  const input = document.getElementById('trusted-input') as HTMLInputElement;

  page.onRender(({ settings }) => {
    empty.hidden = settings.trustedSites.length > 0;
    list.replaceChildren(
      ...settings.trustedSites.map((host) => {
        const remove = el(document, 'button', { text: t('options_trustedRemove') });
        remove.type = 'button';
        remove.setAttribute('aria-label', t('options_trustedRemoveLabel', host));
        remove.addEventListener(
          'click',
          asyncListener(async () => {
            await page.update({ trustedSites: page.state.settings.trustedSites.filter((h) => h !== host) });
            input.focus();
          }, page.failed),
        );
        return el(document, 'li', {}, [el(document, 'span', { text: host }), remove]);
      }),
    );
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
