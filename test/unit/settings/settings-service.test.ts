// @vitest-environment node
// SettingsService against the in-memory KeyValueStore (the extension runs the same code on
// browser.storage.local; the e2e tests cover that).
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { SettingsService } from '../../../src/settings/settings-service';
import { defaultSettings } from '../../../src/settings/settings-schema';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';
import { BASE_DELAY_MS } from '../../../src/settings/pin-throttle';

let store: MemoryStore;
let clock: number;
let service: SettingsService;

beforeEach(() => {
  store = new MemoryStore();
  clock = Date.UTC(2026, 0, 1);
  service = new SettingsService(store, () => clock);
});

describe('loading stored settings', () => {
  it('corrupt storage: valid fields kept, raw copy saved, notice set, storage repaired', async () => {
    const raw = { ...defaultSettings(), sensitivity: 'elder', trustedSites: ['bank.example'], textScale: 'big' };
    await store.set(STORAGE_KEYS.settings, raw);
    const settings = await service.load();
    expect(settings.sensitivity).toBe('elder');
    expect(settings.trustedSites).toEqual(['bank.example']);
    expect(settings.textScale).toBe(1);
    expect(await store.get(STORAGE_KEYS.corruptSettings)).toEqual({ savedAt: clock, raw });
    expect(await service.notice()).toEqual({ kind: 'settings-corrupt', at: clock, fields: ['textScale'] });
    expect(await store.get(STORAGE_KEYS.settings)).toEqual(settings);
    await service.dismissNotice();
    expect(await service.notice()).toBeNull();
  });

  it('a JSON string where an object belongs is corrupt too; nothing stored means defaults without notice', async () => {
    expect(await service.load()).toEqual(defaultSettings());
    expect(await service.notice()).toBeNull();
    await store.set(STORAGE_KEYS.settings, '{"version":2,');
    expect(await service.load()).toEqual(defaultSettings());
    expect((await store.get(STORAGE_KEYS.corruptSettings)) as { raw: unknown }).toMatchObject({ raw: '{"version":2,' });
    expect((await service.notice())?.kind).toBe('settings-corrupt');
  });

  it('a v1 object is migrated and written back, without a notice', async () => {
    await store.set(STORAGE_KEYS.settings, {
      version: 1,
      strict: true,
      largeText: false,
      categories: { loan: true, food: true, training: false, common: true },
      trustedSites: [],
      pin: null,
    });
    const settings = await service.load();
    expect(settings.sensitivity).toBe('elder');
    expect(settings.categories.training).toBe(false);
    expect(((await store.get(STORAGE_KEYS.settings)) as { version: number }).version).toBe(3);
    expect(await service.notice()).toBeNull();
  });
});

describe('changes while a PIN is set', () => {
  beforeEach(async () => {
    expect(await service.setPin(undefined, '4321')).toEqual({ ok: true });
  });

  it('the PIN is stored only as a salted hash', async () => {
    const stored = JSON.stringify(await store.get(STORAGE_KEYS.settings));
    expect(stored).not.toContain('4321');
    expect((await service.load()).pin?.iterations).toBeGreaterThanOrEqual(210_000);
  });

  it('changing settings or trusting a site needs the PIN', async () => {
    expect(await service.update({ sensitivity: 'relaxed' }, undefined)).toEqual({ ok: false, error: 'pin-required' });
    expect(await service.trustSite('evil.example', undefined)).toEqual({ ok: false, error: 'pin-required' });
    expect(await service.update({ sensitivity: 'relaxed' }, '0000')).toMatchObject({ ok: false, error: 'pin-wrong' });
    expect((await service.load()).sensitivity).toBe('standard');
    expect(await service.update({ sensitivity: 'relaxed' }, '4321')).toEqual({ ok: true });
    expect(await service.trustSite('https://www.Shop.example/x', '4321')).toEqual({ ok: true });
    const settings = await service.load();
    expect(settings.sensitivity).toBe('relaxed');
    expect(settings.trustedSites).toEqual(['shop.example']);
  });

  it('changing or removing the PIN needs the current PIN', async () => {
    expect(await service.setPin(undefined, '1111')).toEqual({ ok: false, error: 'pin-required' });
    expect(await service.setPin('9999', null)).toMatchObject({ ok: false, error: 'pin-wrong' });
    expect(await service.setPin('4321', '1111')).toEqual({ ok: true });
    expect(await service.update({ readAloud: true }, '4321')).toMatchObject({ error: 'pin-wrong' });
    expect(await service.setPin('1111', null)).toEqual({ ok: true });
    expect(await service.update({ readAloud: true }, undefined)).toEqual({ ok: true });
  });

  it('wrong PINs are slowed down, even for the right PIN, and the state survives a new service', async () => {
    for (let i = 0; i < 2; i++)
      expect(await service.checkPin('0000')).toMatchObject({ ok: false, error: 'pin-wrong', triesLeft: 2 - i });
    expect(await service.checkPin('0000')).toEqual({
      ok: false,
      error: 'pin-wrong',
      retryAfterMs: BASE_DELAY_MS,
      triesLeft: 0,
      lockoutMs: 2 * BASE_DELAY_MS,
    });
    // a page reopened (a new service on the same storage) is still locked, even for the right PIN
    const reopened = new SettingsService(store, () => clock);
    expect(await reopened.checkPin('4321')).toEqual({ ok: false, error: 'pin-throttled', retryAfterMs: BASE_DELAY_MS });
    clock += BASE_DELAY_MS;
    expect(await reopened.checkPin('0000')).toEqual({
      ok: false,
      error: 'pin-wrong',
      retryAfterMs: 2 * BASE_DELAY_MS,
      triesLeft: 0,
      lockoutMs: 4 * BASE_DELAY_MS,
    });
    clock += 2 * BASE_DELAY_MS;
    expect(await reopened.checkPin('4321')).toEqual({ ok: true });
    expect(await reopened.throttle()).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('an invalid patch is refused before the PIN is even checked', async () => {
    expect(await service.update({ textScale: 9 }, '4321')).toMatchObject({ ok: false, error: 'invalid' });
    expect(await service.update({ pin: null }, '4321')).toMatchObject({ ok: false, error: 'invalid' });
    expect((await service.load()).pin).not.toBeNull();
  });
});

describe('without a PIN', () => {
  it('changes apply directly; bad hosts are refused', async () => {
    expect(await service.update({ categories: { loan: false, food: true, training: true, common: true } }, undefined)).toEqual({
      ok: true,
    });
    expect((await service.load()).categories.loan).toBe(false);
    expect(await service.trustSite('not a host', undefined)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('dismissing a rule on a site is per host, and needs the PIN once one is set', async () => {
    await service.dismissRule('https://www.shop.example/menu', 'food.license-missing.no-licence', undefined);
    await service.dismissRule('https://shop.example/other', 'food.license-missing.no-licence', undefined);
    expect((await service.load()).dismissed).toEqual({ 'shop.example': ['food.license-missing.no-licence'] });
    await service.setPin(undefined, '4321');
    expect(await service.dismissRule('https://loan.example/', 'loan.apr-over-cap.stated', undefined)).toMatchObject({
      ok: false,
      error: 'pin-required',
    });
    expect(await service.dismissRule('https://loan.example/', 'loan.apr-over-cap.stated', '4321')).toEqual({ ok: true });
    expect(Object.keys((await service.load()).dismissed).sort()).toEqual(['loan.example', 'shop.example']);
  });
});
