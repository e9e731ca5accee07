// The content script's strings: both languages carry the same keys, all prefixed content_, in
// Chrome's messages.json shape, and the $n placeholders agree.
import { describe, expect, it } from 'vitest';
import en from '../../../locales/content/en.json';
import zh from '../../../locales/content/zh_CN.json';
import { uiText } from '../../../src/ui/ui-strings';

const placeholders = (s: string) =>
  [...s.matchAll(/\$(\d)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('content locales', () => {
  it('have the same content_ keys in both languages with matching placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of Object.entries(zh)) {
      expect(key).toMatch(/^content_[A-Za-z0-9_]+$/);
      expect(typeof value.message).toBe('string');
      expect(value.message.length).toBeGreaterThan(0);
      expect(placeholders((en as Record<string, { message: string }>)[key]!.message), key).toBe(placeholders(value.message));
    }
  });

  it('substitutes $1..$n like browser.i18n', () => {
    expect(uiText('zh', 'content_markerLabel', '先交钱')).toBe('风险提醒：先交钱');
    expect(uiText('en', 'content_riskCount', 2, 5)).toBe('2 risks · 5 places');
    expect(uiText('zh', 'content_riskCount', 3, 6)).toBe('3 个风险 · 6 处');
  });

  it('say nothing in English, and no developer words, in the Chinese UI', () => {
    // "PIN" is the family lock's name everywhere in the Chinese UI (options, popup, welcome page).
    const USER_WORDS = /\bPIN\b/g;
    for (const [key, value] of Object.entries(zh)) {
      const text = value.message.replace(/\$\d/g, '').replace(USER_WORDS, '');
      expect(text, key).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
