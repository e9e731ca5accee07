// One text-scale range for the settings, the options page, the extension's pages and the
// content script (issue 19: the options page allowed 1–2, the content script 0.75–3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseConfig } from '../../../src/extension/content/content-config';
import { applyTextScale } from '../../../src/extension/pages/page-i18n';
import { defaultSettings, SettingsSchema } from '../../../src/settings/settings-schema';
import {
  clampTextScale,
  ELDER_TEXT_SCALE,
  TEXT_SCALE_CHOICES,
  TEXT_SCALE_MAX,
  TEXT_SCALE_MIN,
} from '../../../src/settings/text-scale';

const valid = (textScale: number) => SettingsSchema.safeParse({ ...defaultSettings(), textScale }).success;

describe('text scale limits', () => {
  it('the settings accept exactly the range', () => {
    expect(valid(TEXT_SCALE_MIN)).toBe(true);
    expect(valid(TEXT_SCALE_MAX)).toBe(true);
    expect(valid(TEXT_SCALE_MAX + 0.01)).toBe(false);
    expect(valid(TEXT_SCALE_MIN - 0.01)).toBe(false);
  });

  it('the content script clamps to the same range', () => {
    expect(normaliseConfig({ textScale: 99 }, 'zh').textScale).toBe(TEXT_SCALE_MAX);
    expect(normaliseConfig({ textScale: 0.5 }, 'zh').textScale).toBe(TEXT_SCALE_MIN);
    expect(normaliseConfig({ textScale: 1.5 }, 'zh').textScale).toBe(1.5);
    expect(normaliseConfig({ textScale: Number.NaN }, 'zh').textScale).toBe(TEXT_SCALE_MIN);
  });

  it("the extension's pages clamp to the same range", () => {
    applyTextScale(5);
    expect(document.documentElement.style.getPropertyValue('--mingbai-text-scale')).toBe(String(TEXT_SCALE_MAX));
    applyTextScale(0.2);
    expect(document.documentElement.style.getPropertyValue('--mingbai-text-scale')).toBe(String(TEXT_SCALE_MIN));
  });

  it('the options page offers exactly the choices, each one the settings accept', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../entrypoints/options/index.html'), 'utf8');
    const offered = [...html.matchAll(/name="textScale" value="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(offered).toEqual(TEXT_SCALE_CHOICES);
    for (const choice of [...offered, ELDER_TEXT_SCALE]) expect(valid(choice), String(choice)).toBe(true);
    expect(offered).toContain(ELDER_TEXT_SCALE);
  });

  it('clampTextScale keeps numbers in range and turns anything else into the smallest size', () => {
    expect(clampTextScale(1.25)).toBe(1.25);
    expect(clampTextScale('2')).toBe(TEXT_SCALE_MIN);
    expect(clampTextScale(Infinity)).toBe(TEXT_SCALE_MIN);
  });
});
