// Licence memory on the options page: each licence number with the shop names seen with it,
// and one "清除" button. Clearing weakens the shared-licence warning, so it needs the PIN.
import type { ChangeReply } from '../../protocol';
import { t } from '../page-i18n';
import { el } from '../../../ui/dom-build';
import { send } from '../send-message';
import type { OptionsPage } from './options-page';

export function setUpLicenceMemory(page: OptionsPage): void {
  const list = document.getElementById('licences-list') as HTMLUListElement;
  const empty = document.getElementById('licences-empty') as HTMLElement;
  const clear = document.getElementById('licences-clear') as HTMLButtonElement;
  clear.setAttribute('aria-label', t('options_licencesClearLabel'));

  page.onRender(({ licenceMemory }) => {
    empty.hidden = licenceMemory.length > 0;
    clear.hidden = licenceMemory.length === 0;
    list.replaceChildren(
      ...licenceMemory.map(({ licence, shops }) =>
        el(document, 'li', { text: t('options_licenceLine', licence, shops.join('、')) }),
      ),
    );
  });

  clear.addEventListener('click', () => {
    void page.guarded((pin) => send<ChangeReply>({ type: 'mingbai/clearLicenceMemory', pin }), t('options_licencesCleared'));
  });
}
