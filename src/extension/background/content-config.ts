// The ContentConfig the background answers `mingbai/getConfig` with, for one page URL.
import type { ContentConfig } from '../protocol';
import type { PackData } from '../../core/evaluate/ruleset';
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

/** Paused from the popup ("在此网站暂停"), matched like trusted sites. */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, url: string): boolean {
  const host = hostOfUrl(url);
  return host !== null && settings.pausedSites.includes(host);
}

/**
 * Only what the page's script needs to show this page's warnings: no PIN state, no other
 * site's settings, no licence memory (it asks about one licence at a time).
 */
export function contentConfigFor(
  url: string,
  settings: Settings,
  extras: { lang: ContentConfig['lang']; importedPacks: PackData[] },
): ContentConfig {
  const host = hostOfUrl(url);
  return {
    sensitivity: settings.sensitivity,
    categories: { ...settings.categories },
    // A paused site is left alone exactly like a trusted one.
    trusted: isTrusted(settings, url) || isPaused(settings, url),
    textScale: settings.textScale,
    readAloud: settings.readAloud,
    lang: extras.lang,
    locked: settings.pin !== null,
    importedPacks: extras.importedPacks,
    dismissedRules: host ? (settings.dismissed[host] ?? []) : [],
  };
}
