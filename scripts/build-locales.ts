// Merges locales/<part>/<lang>.json (parts: manifest, background, popup, options, content) into
// the extension's _locales/<lang>/messages.json. Run by wxt.config.ts at every build, so
// `npx wxt build` alone produces them; the unit tests check that every language has the same
// keys. A key defined by two parts, a bad key name or a message without text fails the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALE_PARTS = ['manifest', 'background', 'popup', 'options', 'content'] as const;
/** zh_CN first: it is the manifest's default_locale. */
export const LOCALE_LANGS = ['zh_CN', 'en'] as const;

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleTable = Record<string, LocaleMessage>;

export function readLocalePart(localesDir: string, part: string, lang: string): LocaleTable {
  const file = join(localesDir, part, `${lang}.json`);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file}: must be an object of messages`);
  const table: LocaleTable = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    // Chrome accepts only these characters in message names.
    if (!/^[A-Za-z0-9_@]+$/.test(key) || key.startsWith('@@')) throw new Error(`${file}: bad message name "${key}"`);
    const entry = typeof value === 'string' ? { message: value } : (value as LocaleMessage);
    if (!entry || typeof entry.message !== 'string' || !entry.message.trim())
      throw new Error(`${file}: "${key}" needs a message`);
    table[key] = entry;
  }
  return table;
}

/** Parts present on disk: the known ones first, then any other directory under locales/. */
export function localeParts(localesDir: string): string[] {
  const extra = existsSync(localesDir)
    ? readdirSync(localesDir).filter(
        (d) => statSync(join(localesDir, d)).isDirectory() && !(LOCALE_PARTS as readonly string[]).includes(d),
      )
    : [];
  return [...LOCALE_PARTS, ...extra.sort()];
}

export function mergeLocale(localesDir: string, lang: string): LocaleTable {
  const merged: LocaleTable = {};
  const owner = new Map<string, string>();
  for (const part of localeParts(localesDir)) {
    for (const [key, entry] of Object.entries(readLocalePart(localesDir, part, lang))) {
      const previous = owner.get(key.toLowerCase());
      // Chrome treats message names case-insensitively.
      if (previous) throw new Error(`locales/${part}/${lang}.json: "${key}" is also defined in locales/${previous}/${lang}.json`);
      owner.set(key.toLowerCase(), part);
      merged[key] = entry;
    }
  }
  return merged;
}

/** messages.json text per language, ready to write to _locales/<lang>/messages.json. */
export function buildLocaleFiles(localesDir: string): Array<{ relativeDest: string; contents: string }> {
  return LOCALE_LANGS.map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(mergeLocale(localesDir, lang), null, 2)}\n`,
  }));
}
