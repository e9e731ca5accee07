// The settings the content script runs with. The background sends a ContentConfig; anything
// missing or malformed in it falls back field by field to the safe defaults, so a half-written
// settings store never leaves a page unprotected.
import { clampTextScale } from '../../settings/text-scale';
import type { ContentConfig } from '../protocol';

export type UiLang = ContentConfig['lang'];

/** What the content script uses when the background does not answer: standard, everything on. */
export function defaultConfig(lang: UiLang = 'zh'): ContentConfig {
  return {
    sensitivity: 'standard',
    // A category not listed is on (finding-filter.ts): no list of categories in the page's script.
    categories: {},
    trusted: false,
    textScale: 1,
    readAloud: false,
    lang,
    locked: false,
    importedPacks: [],
    dismissedRules: [],
  };
}

/** Browser UI language → the reader's language: Chinese unless the browser is clearly not. */
export function langFromUiLanguage(uiLanguage: string | undefined): UiLang {
  if (!uiLanguage) return 'zh';
  return /^zh\b/i.test(uiLanguage) ? 'zh' : 'en';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Accept a reply from the background; keep every valid field, default the rest. */
export function normaliseConfig(raw: unknown, fallbackLang: UiLang): ContentConfig {
  const base = defaultConfig(fallbackLang);
  if (!isRecord(raw)) return base;
  const sensitivity =
    raw.sensitivity === 'relaxed' || raw.sensitivity === 'standard' || raw.sensitivity === 'elder'
      ? raw.sensitivity
      : base.sensitivity;
  const categories: Record<string, boolean> = {};
  if (isRecord(raw.categories)) {
    for (const [key, on] of Object.entries(raw.categories)) if (typeof on === 'boolean') categories[key] = on;
  }
  return {
    sensitivity,
    categories,
    trusted: raw.trusted === true,
    textScale: clampTextScale(raw.textScale),
    readAloud: raw.readAloud === true,
    lang: raw.lang === 'en' || raw.lang === 'zh' ? raw.lang : fallbackLang,
    locked: raw.locked === true,
    importedPacks: Array.isArray(raw.importedPacks)
      ? (raw.importedPacks.filter(isRecord) as unknown as ContentConfig['importedPacks'])
      : [],
    dismissedRules: isStringArray(raw.dismissedRules) ? raw.dismissedRules : [],
  };
}
