// The popup: this page's findings by severity. Click one to see it on the page; trust the
// site; report a wrong warning. Also works as a normal tab at popup.html?tabId=<id> (tests).
import '../../src/extension/pages/page-base.css';
import './popup.css';
import { browser } from '../../src/extension/browser-api';
import type {
  ChangeReply,
  DismissNoticeReply,
  FindingSummary,
  Message,
  PopupState,
  ReportWrongReply,
} from '../../src/extension/protocol';
import { applyI18n, applyTextScale, t } from '../../src/extension/pages/page-i18n';
import { el } from '../../src/ui/dom-build';
import { send } from '../../src/extension/pages/send-message';
import { asyncListener } from '../../src/extension/pages/async-listener';
import { pinErrorText, withPin } from '../../src/extension/pages/pin-prompt';
import type { Severity } from '../../src/core/shared/types';

const SEVERITY_ORDER: Severity[] = ['danger', 'caution', 'info'];
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function targetTabId(): Promise<number | null> {
  const given = new URLSearchParams(location.search).get('tabId');
  if (given !== null && /^\d+$/.test(given)) return Number(given);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
  const status = byId('status');
  status.className = `status ${kind}`;
  status.textContent = text;
}

/** What a click whose work failed says (the error stays in the console for us). */
function failed(error: unknown): void {
  console.error(error);
  say(t('popup_actionFailed'), 'error');
}

function findingItem(tabId: number, url: string, finding: FindingSummary): HTMLLIElement {
  const evidence = finding.evidence.find((e) => e.text.trim())?.text ?? '';
  const reveal = el(document, 'button', { className: 'reveal' }, [
    el(document, 'span', { className: 'title', text: finding.title }),
    ...(evidence
      ? [el(document, 'span', { className: 'evidence', text: `${t('popup_pageSays')}“${evidence.slice(0, 160)}”` })]
      : []),
    el(document, 'span', { className: 'show', text: t('popup_showOnPage') }),
  ]);
  reveal.type = 'button';
  reveal.addEventListener(
    'click',
    asyncListener(async () => {
      try {
        await browser.tabs.sendMessage(tabId, { type: 'mingbai/reveal', index: finding.index } satisfies Message);
        window.close();
      } catch {
        say(t('popup_revealFailed'), 'error');
      }
    }, failed),
  );
  const report = el(document, 'button', { className: 'report', text: t('popup_reportWrong') });
  report.type = 'button';
  const li = el(document, 'li', { className: 'finding' }, [reveal, report]);
  report.addEventListener(
    'click',
    asyncListener(async () => {
      const reply = await send<ReportWrongReply>({ type: 'mingbai/reportWrong', ruleId: finding.ruleId, url, evidence });
      if (!reply?.ok) return;
      report.disabled = true;
      if (reply.dismissed) return say(t('popup_reported'));
      // Locked: the report is kept, the warning stays unless the family enters the PIN here.
      say(t('popup_reportedKept'));
      const hide = el(document, 'button', { className: 'report', text: t('popup_dismissWithPin') });
      hide.type = 'button';
      hide.addEventListener(
        'click',
        asyncListener(async () => {
          const done = await withPin((pin) =>
            send<ChangeReply>({ type: 'mingbai/dismissRule', ruleId: finding.ruleId, url, pin }),
          );
          if (!done) return;
          if (done.ok) {
            hide.disabled = true;
            say(t('popup_reported'));
          } else say(pinErrorText(done) ?? t('options_failed', 'detail' in done ? done.detail : done.error), 'error');
        }, failed),
      );
      li.append(hide);
    }, failed),
  );
  return li;
}

function renderFindings(tabId: number, state: PopupState): void {
  const groups = byId('groups');
  groups.replaceChildren();
  const tab = state.tab;
  if (!tab) return;
  for (const severity of SEVERITY_ORDER) {
    const items = tab.findings.filter((f) => f.severity === severity);
    if (!items.length) continue;
    const list = el(
      document,
      'ul',
      { className: 'findings' },
      items.map((f) => findingItem(tabId, tab.url, f)),
    );
    groups.append(
      el(document, 'section', { className: `group ${severity}` }, [
        el(document, 'h2', { text: `${t(`popup_group_${severity}`)}（${items.length}）` }),
        list,
      ]),
    );
  }
}

function renderNotice(state: PopupState): void {
  const notice = state.notice;
  byId('notice').hidden = !notice;
  // A PIN reset is closed only with the new PIN: whoever reset it must not hide that it happened.
  byId('notice-dismiss').hidden = notice?.kind !== 'pin-reset' || !state.pinSet;
  const how = byId('notice-how');
  how.hidden = notice?.kind !== 'pin-reset' || state.pinSet;
  how.textContent = how.hidden ? '' : t('popup_noticePinResetHow');
  if (!notice) return;
  const date = new Date(notice.at).toLocaleString(navigator.language || 'zh-CN', { dateStyle: 'long', timeStyle: 'short' });
  byId('notice-text').textContent = notice.kind === 'pin-reset' ? t('popup_noticePinReset', date) : t('popup_noticeCorrupt');
}

function render(tabId: number, state: PopupState): void {
  applyTextScale(state.textScale);
  byId('loading').hidden = true;
  renderNotice(state);
  const count = state.tab?.findings.length ?? 0;
  const host = byId('host');
  host.hidden = !state.host;
  host.textContent = state.host ? t('popup_host', state.host) : '';
  byId('not-scanned').hidden = state.tab !== null;
  byId('trusted-note').hidden = !state.trusted;
  byId('paused-note').hidden = !state.paused || state.trusted;
  byId('empty').hidden = !(state.tab && count === 0 && !state.trusted && !state.paused);
  // The page's one count, said as its banner says it.
  const pageCount = state.tab?.count;
  const countLine = byId('count');
  countLine.hidden = !pageCount || pageCount.risks === 0 || state.trusted;
  countLine.textContent = pageCount ? t('popup_count', String(pageCount.risks), String(pageCount.places)) : '';
  byId('trust').hidden = !state.host || state.trusted;
  byId('pause-box').hidden = !state.host || state.trusted;
  byId<HTMLInputElement>('pause').checked = state.paused;
  renderFindings(tabId, state);
}

/** The pause switch: on needs the PIN (it lowers protection), off does not. */
async function setPaused(tabId: number, state: PopupState, paused: boolean): Promise<void> {
  const host = state.host ?? '';
  const reply = paused
    ? await withPin((pin) => send<ChangeReply>({ type: 'mingbai/pauseSite', host, pin }))
    : await send<ChangeReply>({ type: 'mingbai/resumeSite', host });
  if (reply?.ok) say(t(paused ? 'popup_paused' : 'popup_resumed'));
  else if (reply) say(pinErrorText(reply) ?? t('options_failed', 'detail' in reply ? reply.detail : reply.error), 'error');
  render(tabId, await send<PopupState>({ type: 'mingbai/getPopupState', tabId }));
}

/** Trusting a site turns every warning off there, so it is confirmed first (no window.confirm: Firefox popups block it). */
function askToTrust(state: PopupState): void {
  if (!state.host) return;
  byId('trust-question').textContent = t('popup_trustConfirm', state.host);
  byId('trust-confirm').hidden = false;
  // The safe choice has the focus: Enter on a danger page must not trust it.
  byId('trust-no').focus();
}

async function trustSite(tabId: number, state: PopupState): Promise<void> {
  byId('trust-confirm').hidden = true;
  const reply = await withPin((pin) => send<ChangeReply>({ type: 'mingbai/trustSite', host: state.host ?? '', pin }));
  if (!reply) return;
  if (reply.ok) {
    say(t('popup_trusted'));
    render(tabId, { ...state, trusted: true });
  } else {
    say(pinErrorText(reply) ?? t('options_failed', 'detail' in reply ? reply.detail : reply.error), 'error');
  }
}

async function main(): Promise<void> {
  applyI18n();
  byId('open-options').addEventListener('click', () => {
    void browser.runtime.openOptionsPage();
    window.close();
  });
  const tabId = await targetTabId();
  if (tabId === null) {
    byId('loading').hidden = true;
    byId('not-scanned').hidden = false;
    return;
  }
  const state = await send<PopupState>({ type: 'mingbai/getPopupState', tabId });
  render(tabId, state);
  const pause = byId<HTMLInputElement>('pause');
  pause.addEventListener(
    'change',
    asyncListener(() => setPaused(tabId, state, pause.checked), failed),
  );
  byId('notice-dismiss').addEventListener(
    'click',
    asyncListener(async () => {
      const reply = await withPin((pin) => send<DismissNoticeReply>({ type: 'mingbai/dismissNotice', pin }));
      if (reply?.ok) byId('notice').hidden = true;
      else if (reply) say(pinErrorText(reply) ?? t('options_failed', 'detail' in reply ? reply.detail : reply.error), 'error');
    }, failed),
  );
  byId('trust').addEventListener('click', () => askToTrust(state));
  byId('trust-yes').addEventListener(
    'click',
    asyncListener(() => trustSite(tabId, state), failed),
  );
  byId('trust-no').addEventListener('click', () => {
    byId('trust-confirm').hidden = true;
    byId('trust').focus();
  });
}

void main();
