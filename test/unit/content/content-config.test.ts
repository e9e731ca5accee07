import { describe, expect, it } from 'vitest';
import { defaultConfig, langFromUiLanguage, normaliseConfig } from '../../../src/extension/content/content-config';
import { TEXT_SCALE_MAX } from '../../../src/settings/text-scale';
import { RISK_CODES } from '../../../src/core/facts/domain-catalog';
import { filterFindings } from '../../../src/extension/content/finding-filter';
import { makeFinding } from './make-finding';

describe('content config', () => {
  it('defaults to the standard profile with every category on', () => {
    const config = defaultConfig();
    expect(config.sensitivity).toBe('standard');
    // No category is switched off, so every registered category's findings show.
    expect(Object.values(config.categories).some((on) => !on)).toBe(false);
    const findings = RISK_CODES.map((risk) => makeFinding(risk, 'danger', [undefined], `${risk}.x`));
    expect(filterFindings(findings, config).map((f) => f.risk)).toEqual([...RISK_CODES]);
    expect(config.trusted).toBe(false);
  });

  it('reads the reader’s language from the browser UI language', () => {
    expect(langFromUiLanguage('zh-CN')).toBe('zh');
    expect(langFromUiLanguage('zh-TW')).toBe('zh');
    expect(langFromUiLanguage('en-US')).toBe('en');
    expect(langFromUiLanguage(undefined)).toBe('zh');
  });

  it('keeps valid fields of a damaged reply and defaults the rest', () => {
    const config = normaliseConfig(
      { sensitivity: 'elder', categories: { loan: false, food: 'yes' }, textScale: 99, dismissedRules: [1, 2], trusted: 'true' },
      'en',
    );
    expect(config.sensitivity).toBe('elder');
    expect(config.categories).toEqual({ loan: false });
    // The one limit of settings/text-scale.ts (this script used to allow up to 3).
    expect(config.textScale).toBe(TEXT_SCALE_MAX);
    expect(config.dismissedRules).toEqual([]);
    expect(config.trusted).toBe(false);
    expect(config.lang).toBe('en');
    expect(normaliseConfig('garbage', 'zh')).toEqual(defaultConfig('zh'));
  });
});
