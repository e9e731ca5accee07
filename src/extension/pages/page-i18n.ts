// Words on the extension's own pages come from _locales through browser.i18n. HTML marks
// them with data-i18n="key" (text) and data-i18n-attr="attr:key;attr:key" (attributes);
// text is always set with textContent, never as HTML.
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

/** The page's text size follows the family's setting, as the warnings on web pages do. */
export function applyTextScale(scale: number): void {
  const safe = Number.isFinite(scale) ? Math.min(2, Math.max(1, scale)) : 1;
  document.documentElement.style.setProperty('--mingbai-text-scale', String(safe));
}

/** An element with text, built without HTML parsing. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { text?: string; className?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className) node.className = props.className;
  node.append(...children);
  return node;
}
