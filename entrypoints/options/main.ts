// The options page, for families: each section wires itself to the shared page state.
import '../../src/extension/pages/page-base.css';
import './options.css';
import { applyI18n, t } from '../../src/extension/pages/page-i18n';
import { send } from '../../src/extension/pages/send-message';
import { asyncListener } from '../../src/extension/pages/async-listener';
import type { DismissNoticeReply } from '../../src/extension/protocol';
import { OptionsPage } from '../../src/extension/pages/options/options-page';
import { setUpSettingsControls } from '../../src/extension/pages/options/settings-controls';
import { setUpTrustedSites } from '../../src/extension/pages/options/trusted-sites-view';
import { setUpDismissedRules } from '../../src/extension/pages/options/dismissed-rules-view';
import { setUpPinSection } from '../../src/extension/pages/options/pin-section';
import { setUpTransfers } from '../../src/extension/pages/options/transfer-section';
import { setUpLicenceMemory } from '../../src/extension/pages/options/licence-memory-view';
import { setUpPausedSites } from '../../src/extension/pages/options/paused-sites-view';

const KNOWN_FIELDS = [
  'sensitivity',
  'categories',
  'trustedSites',
  'pausedSites',
  'textScale',
  'readAloud',
  'pin',
  'dismissed',
  'version',
];

/** A settings field as the family knows it ("*" is the whole object; unknown keys as stored). */
function fieldName(field: string): string {
  if (field === '*') return t('options_field_all');
  return KNOWN_FIELDS.includes(field) ? t(`options_field_${field}`) : field;
}

/** The date and time a notice was written, as the reader's locale writes it. */
export function noticeDate(at: number): string {
  return new Date(at).toLocaleString(navigator.language || 'zh-CN', { dateStyle: 'long', timeStyle: 'short' });
}

async function main(): Promise<void> {
  applyI18n();
  const page = new OptionsPage();
  const notice = document.getElementById('notice') as HTMLElement;
  page.onRender((state) => {
    const n = state.notice;
    notice.hidden = !n;
    (document.getElementById('notice-text') as HTMLElement).textContent = !n
      ? ''
      : n.kind === 'pin-reset'
        ? t('options_noticePinReset', noticeDate(n.at))
        : t('options_noticeCorrupt');
    (document.getElementById('notice-fields') as HTMLElement).textContent =
      n?.kind === 'settings-corrupt' && n.fields.length ? t('options_noticeFields', n.fields.map(fieldName).join('、')) : '';
    // A PIN reset is closed only with the new PIN (whoever reset it must not hide that it happened).
    const needsNewPin = n?.kind === 'pin-reset' && !state.settings.pinSet;
    (document.getElementById('notice-dismiss') as HTMLElement).hidden = needsNewPin;
    const how = document.getElementById('notice-how') as HTMLElement;
    how.hidden = !needsNewPin;
    how.textContent = needsNewPin ? t('options_noticePinResetHow') : '';
  });
  document.getElementById('notice-dismiss')?.addEventListener(
    'click',
    asyncListener(() => page.guarded((pin) => send<DismissNoticeReply>({ type: 'mingbai/dismissNotice', pin })), page.failed),
  );
  setUpSettingsControls(page);
  setUpTrustedSites(page);
  setUpPausedSites(page);
  setUpDismissedRules(page);
  setUpPinSection(page);
  setUpTransfers(page);
  setUpLicenceMemory(page);
  await page.refresh();
}

void main();
