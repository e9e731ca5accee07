// Words on the extension's own pages come from _locales through browser.i18n. HTML marks
// them with data-i18n="key" (text) and data-i18n-attr="attr:key;attr:key" (attributes);
// text is always set with textContent, never as HTML (elements: src/ui/dom-build.ts).
import { clampTextScale } from '../../settings/text-scale';
import { browser } from '../browser-api';

export function t(key: string, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

export function applyI18n(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n ?? '');
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  const lang = browser.i18n.getUILanguage();
  document.documentElement.lang = /^zh/i.test(lang) ? 'zh-CN' : lang;
}

/** The reader's language for words that come as {zh, en} (category labels): Chinese unless the browser is clearly not. */
export function pageLang(): 'zh' | 'en' {
  const ui = browser.i18n.getUILanguage();
  return !ui || /^zh/i.test(ui) ? 'zh' : 'en';
}

/** The page's text size follows the family's setting, as the warnings on web pages do. */
export function applyTextScale(scale: number): void {
  document.documentElement.style.setProperty('--mingbai-text-scale', String(clampTextScale(scale)));
}
