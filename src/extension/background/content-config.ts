// The ContentConfig the background answers `mingbai/getConfig` with, for one page URL.
import type { ContentConfig } from '../protocol';
import type { PackData } from '../../core/ruleset';
import type { Settings } from '../../settings/settings-schema';
import { hostOfUrl } from '../../settings/hostnames';

export function readerLang(uiLanguage: string): ContentConfig['lang'] {
  return /^zh(?:[-_]|$)/i.test(uiLanguage) ? 'zh' : 'en';
}

/** Trusted means this exact site (www-insensitive), not its subdomains: a trusted github.io must not trust every page hosted there. */
export function isTrusted(settings: Pick<Settings, 'trustedSites'>, url: string): boolean {
  const host = hostOfUrl(url);
  return host !== null && settings.trustedSites.includes(host);
}

export function contentConfigFor(
  url: string,
  settings: Settings,
  extras: { lang: ContentConfig['lang']; importedPacks: PackData[]; licenceMemory: Record<string, string[]> },
): ContentConfig {
  const host = hostOfUrl(url);
  return {
    sensitivity: settings.sensitivity,
    categories: { ...settings.categories },
    trusted: isTrusted(settings, url),
    textScale: settings.textScale,
    readAloud: settings.readAloud,
    lang: extras.lang,
    importedPacks: extras.importedPacks,
    licenceMemory: extras.licenceMemory,
    dismissedRules: host ? (settings.dismissed[host] ?? []) : [],
  };
}
