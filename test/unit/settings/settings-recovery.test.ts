// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recoverSettings } from '../../../src/settings/recover-settings';
import { migrateSettings } from '../../../src/settings/migrate-settings';
import { defaultSettings, SettingsSchema } from '../../../src/settings/settings-schema';
import { normaliseHost, normaliseHostList } from '../../../src/settings/hostnames';

const valid = () => ({
  ...defaultSettings(),
  sensitivity: 'elder' as const,
  categories: { loan: true, food: false, training: true, common: false },
  trustedSites: ['bank.example.cn'],
  textScale: 1.5,
  readAloud: true,
  dismissed: { 'shop.example.com': ['food.license-missing.no-licence'] },
});

describe('settings schema', () => {
  it('defaults: standard, every category on, text scale 1, no PIN', () => {
    const d = defaultSettings();
    expect(SettingsSchema.parse(d)).toEqual(d);
    expect(d.sensitivity).toBe('standard');
    expect(Object.values(d.categories).every(Boolean)).toBe(true);
    expect(d.textScale).toBe(1);
    expect(d.pin).toBeNull();
  });

  it('rejects a text scale outside 1–2', () => {
    expect(SettingsSchema.safeParse({ ...defaultSettings(), textScale: 2.5 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...defaultSettings(), textScale: 0.5 }).success).toBe(false);
  });
});

describe('trusted hostnames', () => {
  it('normalises case, scheme, port, path and www', () => {
    expect(normaliseHost('https://WWW.Example.com:8080/path?q=1')).toBe('example.com');
    expect(normaliseHost('www.example.com')).toBe('example.com');
    expect(normaliseHost('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
  });
  it('refuses things that are not web hosts', () => {
    for (const bad of ['', 'not a host', 'javascript:alert(1)', 'ftp://x.example', 'nodots'])
      expect(normaliseHost(bad)).toBeNull();
  });
  it('de-duplicates www and non-www forms', () => {
    expect(normaliseHostList(['Example.com', 'www.example.com', 'http://example.com/x', 'b.example'])).toEqual([
      'b.example',
      'example.com',
    ]);
  });
});

describe('migration v1 → v3', () => {
  it('v2 → v3 adds an empty pause list and is no problem', () => {
    const result = recoverSettings({
      version: 2,
      sensitivity: 'relaxed',
      categories: { loan: true, food: true, training: true, common: true },
      trustedSites: [],
      textScale: 1,
      readAloud: false,
      pin: null,
      dismissed: {},
    });
    expect(result.problems).toEqual([]);
    expect(result.migratedFrom).toBe(2);
    expect(result.settings).toMatchObject({ version: 3, sensitivity: 'relaxed', pausedSites: [] });
  });

  it('maps strict to the elder profile and largeText to 1.25, keeping the rest', () => {
    const v1 = {
      version: 1,
      strict: true,
      largeText: true,
      categories: { loan: false, food: true, training: true, common: true },
      trustedSites: ['www.a.example'],
      pin: null,
    };
    const result = recoverSettings(v1);
    expect(result.problems).toEqual([]);
    expect(result.migratedFrom).toBe(1);
    expect(result.settings).toEqual({
      version: 3,
      sensitivity: 'elder',
      categories: { loan: false, food: true, training: true, common: true },
      trustedSites: ['a.example'],
      pausedSites: [],
      textScale: 1.25,
      readAloud: false,
      pin: null,
      dismissed: {},
    });
  });

  it('maps strict: false to standard; a v1 object without a version number is still v1', () => {
    const result = recoverSettings({
      strict: false,
      largeText: false,
      categories: { loan: true, food: true, training: true, common: true },
      trustedSites: [],
      pin: null,
    });
    expect(result.problems).toEqual([]);
    expect(result.settings.sensitivity).toBe('standard');
    expect(result.settings.textScale).toBe(1);
  });

  it('refuses versions it does not know', () => {
    expect(migrateSettings({ version: 99 })).toEqual({ ok: false, reason: 'unknown-version' });
    expect(migrateSettings({ version: '2' })).toEqual({ ok: false, reason: 'unknown-version' });
  });
});

describe('corrupt settings fall back field by field', () => {
  it('valid settings come back unchanged with no problems', () => {
    const result = recoverSettings(valid());
    expect(result.problems).toEqual([]);
    expect(result.settings).toEqual(valid());
  });

  it('first run (nothing stored) is defaults, not corruption', () => {
    expect(recoverSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null });
  });

  it('a non-object is replaced by defaults and reported', () => {
    for (const raw of ['garbage', 42, [1, 2], true]) {
      const result = recoverSettings(raw);
      expect(result.settings).toEqual(defaultSettings());
      expect(result.problems).toEqual(['*']);
    }
  });

  it('keeps every valid field when others have bad types', () => {
    const raw = { ...valid(), sensitivity: 'paranoid', textScale: 'huge', readAloud: 'yes' };
    const result = recoverSettings(raw);
    expect(result.problems.sort()).toEqual(['readAloud', 'sensitivity', 'textScale']);
    expect(result.settings.sensitivity).toBe('standard');
    expect(result.settings.textScale).toBe(1);
    expect(result.settings.readAloud).toBe(false);
    // untouched fields survive
    expect(result.settings.categories).toEqual(valid().categories);
    expect(result.settings.trustedSites).toEqual(['bank.example.cn']);
    expect(result.settings.dismissed).toEqual(valid().dismissed);
  });

  it('keeps the valid parts of a damaged field', () => {
    const raw = {
      ...valid(),
      categories: { loan: false, food: 'no', training: false },
      trustedSites: ['ok.example', 7, null, 'www.fine.example'],
      dismissed: { 'a.example': ['loan.apr-over-cap.stated', 5], 'b.example': 'x' },
    };
    const result = recoverSettings(raw);
    expect(result.problems.sort()).toEqual(['categories', 'dismissed', 'trustedSites']);
    expect(result.settings.categories).toEqual({ loan: false, food: true, training: false, common: true });
    expect(result.settings.trustedSites).toEqual(['fine.example', 'ok.example']);
    expect(result.settings.dismissed).toEqual({ 'a.example': ['loan.apr-over-cap.stated'] });
  });

  it('an unknown version keeps fields that read as valid', () => {
    const result = recoverSettings({ ...valid(), version: 7 });
    expect(result.problems).toEqual(['version']);
    expect(result.settings).toEqual(valid());
  });

  it('a partial object (interrupted write) keeps what is there and reports the missing fields', () => {
    const { textScale: _t, pin: _p, ...partial } = valid();
    const result = recoverSettings(partial);
    expect(result.problems.sort()).toEqual(['pin', 'textScale']);
    expect(result.settings.sensitivity).toBe('elder');
    expect(result.settings.textScale).toBe(1);
  });

  it('a malformed PIN record is not accepted as a PIN', () => {
    const result = recoverSettings({ ...valid(), pin: { salt: 'x', hash: 'y', iterations: 1 } });
    expect(result.problems).toEqual(['pin']);
    expect(result.settings.pin).toBeNull();
  });
});
