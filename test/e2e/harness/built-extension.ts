// Finds the built extension (`npx wxt build` → .output/chrome-mv3, `-b firefox` → .output/firefox-mv2)
// and copies it to a temp dir, so a rebuild running at the same time cannot pull files from under
// a browser mid-test.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

export type Target = 'chrome' | 'firefox';

const BUILD_DIRS: Record<Target, string[]> = {
  chrome: ['.output/chrome-mv3'],
  firefox: ['.output/firefox-mv2', '.output/firefox-mv3'],
};

export interface BuiltExtension {
  /** Absolute path of the private copy the browser loads. */
  dir: string;
  manifest: ExtensionManifest;
  /** Where it was copied from. */
  source: string;
  remove(): void;
}

export interface ExtensionManifest {
  manifest_version: number;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
  [key: string]: unknown;
}

export class MissingBuildError extends Error {}

export function findBuild(target: Target): string {
  const found = BUILD_DIRS[target].map((d) => join(PROJECT_ROOT, d)).find((d) => existsSync(join(d, 'manifest.json')));
  if (!found) {
    const how = target === 'chrome' ? 'npm run build  (or: npx wxt build)' : 'npm run build  (or: npx wxt build -b firefox)';
    throw new MissingBuildError(`No built ${target} extension in ${BUILD_DIRS[target].join(' or ')}. Build it first: ${how}`);
  }
  return found;
}

/**
 * A build that is being rewritten (wxt empties .output/<target> first) is waited for, up to
 * `waitMs`: other work may rebuild while the tests start.
 */
export function findCompleteBuild(target: Target, waitMs = 90_000): string {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const dir = findBuild(target);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts?: Array<{ js?: string[] }>;
      };
      const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
      if (scripts.every((f) => existsSync(join(dir, f)))) return dir;
    } catch (error) {
      if (!existsSync(join(PROJECT_ROOT, '.output')) || Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) return findBuild(target);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

/**
 * `uiLocale`: keep only this _locales folder in the copy. Debian's Chromium ships only the en-US
 * UI locale (chromium-l10n is a separate package) and Firefox ESR has no zh-CN language pack
 * here, so both browsers would pick `en`. Without `en`, they fall back to default_locale, and
 * the extension's pages speak Chinese the way they do in a Chinese browser.
 */
export function copyBuild(target: Target, uiLocale: string | null = 'zh_CN'): BuiltExtension {
  const source = findCompleteBuild(target);
  const dir = mkdtempSync(join(tmpdir(), `mingbai-e2e-${target}-`));
  cpSync(source, dir, { recursive: true });
  const locales = join(dir, '_locales');
  if (uiLocale && existsSync(join(locales, uiLocale))) {
    for (const l of readdirSync(locales)) if (l !== uiLocale) rmSync(join(locales, l), { recursive: true, force: true });
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExtensionManifest;
  return { dir, manifest, source, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Extension-relative path of the popup, e.g. "popup.html". */
export function popupPath(manifest: ExtensionManifest): string {
  return stripSlash(manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html');
}

/** Extension-relative path of the options page, e.g. "options.html". */
export function optionsPath(manifest: ExtensionManifest): string {
  return stripSlash(manifest.options_ui?.page ?? manifest.options_page ?? 'options.html');
}

export function geckoId(manifest: ExtensionManifest): string | undefined {
  return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
}

const stripSlash = (p: string) => p.replace(/^\//, '');
