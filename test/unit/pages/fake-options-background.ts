// For the options page's unit tests: a stand-in for src/extension/browser-api (mock that module
// with `() => import('./fake-options-background')`). Its i18n returns the key and its
// substitutions joined by "|"; its background answers from `background.settings` and records
// every message. The page's own code (views, OptionsPage, index.html) is the real one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message, OptionsState } from '../../../src/extension/protocol';
import { defaultSettings } from '../../../src/settings/settings-schema';

type SettingsView = OptionsState['settings'];

export const background = {
  received: [] as Message[],
  settings: {} as SettingsView,
  ruleTitles: {} as OptionsState['ruleTitles'],
  /** Files the export messages answer with. */
  exports: {} as Partial<Record<Message['type'], { fileName: string; text: string }>>,
};

function answer(message: Message): unknown {
  const { settings } = background;
  switch (message.type) {
    case 'mingbai/getOptionsState':
      return {
        settings,
        notice: null,
        pinRetryAfterMs: 0,
        importedPacks: [],
        reportCount: 0,
        licenceMemory: [],
        ruleTitles: background.ruleTitles,
        categories: [],
      } satisfies OptionsState;
    case 'mingbai/updateSettings':
      Object.assign(settings, message.patch);
      return { ok: true };
    case 'mingbai/resumeSite':
      settings.pausedSites = settings.pausedSites.filter((h) => h !== message.host);
      return { ok: true };
    default:
      return background.exports[message.type] ?? { ok: false, error: 'unexpected' };
  }
}

export const browser = {
  i18n: {
    getMessage: (key: string, subs: string[] = []) => [key, ...subs].join('|'),
    getUILanguage: () => 'zh-CN',
  },
  runtime: {
    sendMessage: async (message: Message) => {
      background.received.push(message);
      return answer(message);
    },
  },
};

const html = readFileSync(join(import.meta.dirname, '../../../entrypoints/options/index.html'), 'utf8');

/** A fresh background with these settings over the defaults, and the options page's body in the document. */
export function resetOptionsPage(settings: Partial<SettingsView> = {}): void {
  const { pin: _pin, ...defaults } = defaultSettings();
  background.received = [];
  background.settings = { ...defaults, pinSet: false, ...settings };
  background.ruleTitles = { 'loan.apr-over-cap.stated': { zh: '年化利率超过上限', en: 'APR over the cap' } };
  background.exports = {};
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

/** The messages that asked for a change or a file (not the page's state reads). */
export const changes = () => background.received.filter((m) => m.type !== 'mingbai/getOptionsState');
