// Files in and out: settings export/import, wrong-warning reports export, rule-pack import
// and removal. Files are read here and checked by the background before anything changes.
import type { ChangeReply, ExportReply, PackImportReply } from '../../protocol';
import { formatProblem } from '../../../core/packs/load-packs';
import { downloadText, readChosenFile } from '../file-transfer';
import { asyncListener } from '../async-listener';
import { t } from '../page-i18n';
import { el } from '../../../ui/dom-build';
import { send } from '../send-message';
import type { OptionsPage } from './options-page';

const MAX_FILE_BYTES = 5_000_000;

export function setUpTransfers(page: OptionsPage): void {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const problems = byId<HTMLUListElement>('pack-problems');

  // Each export button downloads the file the background writes.
  const exportOn = (buttonId: string, type: 'mingbai/exportSettings' | 'mingbai/exportReports') =>
    byId(buttonId).addEventListener(
      'click',
      asyncListener(async () => {
        const file = await send<ExportReply>({ type });
        downloadText(file.fileName, file.text);
      }, page.failed),
    );
  exportOn('export-settings', 'mingbai/exportSettings');
  exportOn('export-reports', 'mingbai/exportReports');

  const settingsInput = byId<HTMLInputElement>('import-settings');
  settingsInput.addEventListener(
    'change',
    asyncListener(async () => {
      const file = await readChosenFile(settingsInput, MAX_FILE_BYTES);
      if (!file) return page.say(t('options_fileUnreadable'), 'error');
      const reply = await page.guarded(
        (pin) => send<ChangeReply>({ type: 'mingbai/importSettings', text: file.text, pin }),
        t('options_importDone'),
      );
      if (reply && !reply.ok && reply.error === 'invalid') page.say(`${t('options_importBad')} ${reply.detail}`, 'error');
    }, page.failed),
  );

  const packInput = byId<HTMLInputElement>('import-pack');
  packInput.addEventListener(
    'change',
    asyncListener(async () => {
      problems.hidden = true;
      const file = await readChosenFile(packInput, MAX_FILE_BYTES);
      if (!file) return page.say(t('options_fileUnreadable'), 'error');
      const reply = await page.guarded(
        (pin) => send<PackImportReply>({ type: 'mingbai/importPack', fileName: file.name, text: file.text, pin }),
        t('options_packImported', file.name),
      );
      if (reply && !reply.ok && 'problems' in reply) {
        page.say(t('options_packRejected'), 'error');
        problems.replaceChildren(...reply.problems.slice(0, 20).map((p) => el(document, 'li', { text: formatProblem(p) })));
        problems.hidden = false;
      }
    }, page.failed),
  );

  page.onRender(({ importedPacks, reportCount }) => {
    byId('reports-count').textContent = t('options_reportsCount', reportCount);
    byId('packs-empty').hidden = importedPacks.length > 0;
    byId('packs-list').replaceChildren(
      ...importedPacks.map((pack) => {
        const remove = el(document, 'button', { text: t('options_packRemove') });
        remove.type = 'button';
        remove.setAttribute('aria-label', t('options_packRemoveLabel', pack.title.zh));
        remove.addEventListener('click', () => {
          void page.guarded(
            (pin) => send<ChangeReply>({ type: 'mingbai/removePack', id: pack.id, pin }),
            t('options_packRemoved'),
          );
        });
        return el(document, 'li', {}, [
          el(document, 'span', { text: t('options_packLine', pack.title.zh, pack.id, pack.version, pack.rules) }),
          remove,
        ]);
      }),
    );
  });
}
