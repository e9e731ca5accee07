// @vitest-environment node
// Every language has the same message names in every part, and the merge into _locales works.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildLocaleFiles, LOCALE_LANGS, localeParts, mergeLocale, readLocalePart } from '../../../scripts/build-locales';

const dir = resolve(__dirname, '../../../locales');

describe('locales', () => {
  for (const part of localeParts(dir)) {
    it(`${part}: zh_CN and en have the same keys`, () => {
      const zh = Object.keys(readLocalePart(dir, part, 'zh_CN')).sort();
      const en = Object.keys(readLocalePart(dir, part, 'en')).sort();
      expect(zh.length).toBeGreaterThan(0);
      expect(en).toEqual(zh);
    });
  }

  it('placeholders $1..$9 match between languages', () => {
    const zh = mergeLocale(dir, 'zh_CN');
    const en = mergeLocale(dir, 'en');
    const slots = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    for (const [key, entry] of Object.entries(zh)) expect(slots(en[key]!.message), key).toEqual(slots(entry.message));
  });

  it('the merged files hold every part, zh_CN first, with the manifest names', () => {
    const files = buildLocaleFiles(dir);
    expect(files.map((f) => f.relativeDest)).toEqual(LOCALE_LANGS.map((l) => `_locales/${l}/messages.json`));
    const zh = JSON.parse(files[0]!.contents);
    expect(zh.extName.message).toMatch(/明白/);
    expect(zh.popup_empty.message).toBe('本页未发现风险');
    expect(Object.keys(zh).some((k) => k.startsWith('content_'))).toBe(true);
  });

  it('every data-i18n key used by the pages exists', async () => {
    const { readFileSync } = await import('node:fs');
    const zh = mergeLocale(dir, 'zh_CN');
    for (const html of ['entrypoints/popup/index.html', 'entrypoints/options/index.html', 'entrypoints/welcome/index.html']) {
      const text = readFileSync(resolve(__dirname, '../../..', html), 'utf8');
      const keys = [...text.matchAll(/data-i18n(?:-attr)?="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(';').map((p) => p.split(':').pop()!.trim()),
      );
      for (const key of keys) expect(zh[key], `${html}: ${key}`).toBeDefined();
    }
  });
});
