// The in-page UI's words. They live in locales/content/*.json (merged into _locales at build
// for browser.i18n) and are bundled here as well, so the UI speaks the language the family
// chose in the settings (ContentConfig.lang), not only the browser's.
import en from '../../locales/content/en.json';
import zh from '../../locales/content/zh_CN.json';

export type UiLang = 'zh' | 'en';
export type UiStringKey = keyof typeof zh;

type Messages = Record<string, { message: string }>;
const TABLES: Record<UiLang, Messages> = { zh, en };

/** A UI string with $1..$9 replaced, as browser.i18n.getMessage does. */
export function uiText(lang: UiLang, key: UiStringKey, ...substitutions: Array<string | number>): string {
  const template = TABLES[lang][key]?.message ?? TABLES.zh[key]?.message ?? key;
  return template.replace(/\$(\d)/g, (whole, digit: string) => {
    const value = substitutions[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}
