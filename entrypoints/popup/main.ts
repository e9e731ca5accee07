// The popup: this page's findings by severity. Click one to see it on the page; trust the
// site; report a wrong warning. Also works as a normal tab at popup.html?tabId=<id> (tests).
import '../../src/extension/pages/page-base.css';
import './popup.css';
import { browser } from '../../src/extension/browser-api';
import type { ChangeReply, FindingSummary, Message, PopupState } from '../../src/extension/protocol';
import { applyI18n, applyTextScale, el, t } from '../../src/extension/pages/page-i18n';
import { send } from '../../src/extension/pages/send-message';
import { pinErrorText, withPin } from '../../src/extension/pages/pin-prompt';
import type { Severity } from '../../src/core/types';

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

function findingItem(tabId: number, url: string, finding: FindingSummary): HTMLLIElement {
  const evidence = finding.evidence.find((e) => e.text.trim())?.text ?? '';
  const reveal = el(
    'button',
    { className: 'reveal' },
    el('span', { className: 'title', text: finding.title }),
    ...(evidence ? [el('span', { className: 'evidence', text: `${t('popup_pageSays')}“${evidence.slice(0, 160)}”` })] : []),
    el('span', { className: 'show', text: t('popup_showOnPage') }),
  );
  reveal.type = 'button';
  reveal.addEventListener('click', async () => {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'mingbai/reveal', index: finding.index } satisfies Message);
      window.close();
    } catch {
      say(t('popup_revealFailed'), 'error');
    }
  });
  const report = el('button', { className: 'report', text: t('popup_reportWrong') });
  report.type = 'button';
  report.addEventListener('click', async () => {
    const reply = await send<{ ok: boolean }>({ type: 'mingbai/reportWrong', ruleId: finding.ruleId, url, evidence });
    if (reply?.ok) {
      report.disabled = true;
      say(t('popup_reported'));
    }
  });
  return el('li', { className: 'finding' }, reveal, report);
}

function renderFindings(tabId: number, state: PopupState): void {
  const groups = byId('groups');
  groups.replaceChildren();
  const tab = state.tab;
  if (!tab) return;
  for (const severity of SEVERITY_ORDER) {
    const items = tab.findings.filter((f) => f.severity === severity);
    if (!items.length) continue;
    const list = el('ul', { className: 'findings' }, ...items.map((f) => findingItem(tabId, tab.url, f)));
    groups.append(el('section', { className: `group ${severity}` }, el('h2', { text: `${t(`popup_group_${severity}`)}（${items.length}）` }), list));
  }
}

function render(tabId: number, state: PopupState): void {
  applyTextScale(state.textScale);
  byId('loading').hidden = true;
  byId('notice').hidden = !state.notice;
  const count = state.tab?.findings.length ?? 0;
  byId('not-scanned').hidden = state.tab !== null;
  byId('trusted-note').hidden = !state.trusted;
  byId('empty').hidden = !(state.tab && count === 0 && !state.trusted);
  byId('trust').hidden = !state.host || state.trusted;
  renderFindings(tabId, state);
}

/** Trusting a site turns every warning off there, so it is confirmed first (no window.confirm: Firefox popups block it). */
function askToTrust(state: PopupState): void {
  if (!state.host) return;
  byId('trust-question').textContent = t('popup_trustConfirm', state.host);
  byId('trust-confirm').hidden = false;
  byId('trust-yes').focus();
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
  byId('trust').addEventListener('click', () => askToTrust(state));
  byId('trust-yes').addEventListener('click', () => void trustSite(tabId, state));
  byId('trust-no').addEventListener('click', () => {
    byId('trust-confirm').hidden = true;
    byId('trust').focus();
  });
}

void main();
