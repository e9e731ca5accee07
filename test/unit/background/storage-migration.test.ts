// @vitest-environment node
// Moving the lock state out of storage.local: once, raw, without overwriting what the
// background already keeps; storage.local is emptied of Mingbai's keys at every start.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { SettingsService } from '../../../src/settings/settings-service';
import { migrateFromLocal, type LocalArea } from '../../../src/extension/background/storage-migration';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';
import { hashPin } from '../../../src/settings/pin-hash';

class FakeLocal implements LocalArea {
  constructor(public items: Record<string, unknown>) {}
  async get(keys: string[]) {
    return Object.fromEntries(keys.filter((k) => k in this.items).map((k) => [k, structuredClone(this.items[k])]));
  }
  async remove(keys: string[]) {
    for (const k of keys) delete this.items[k];
  }
}

describe('storage.local → the background store', () => {
  it('moves settings (with the PIN), throttle, memory, reports and packs once, then empties storage.local', async () => {
    const pin = await hashPin('2468');
    const local = new FakeLocal({
      [STORAGE_KEYS.settings]: {
        version: 2,
        sensitivity: 'elder',
        categories: { loan: true, food: true, training: true, common: true },
        trustedSites: [],
        textScale: 1.25,
        readAloud: true,
        pin,
        dismissed: {},
      },
      [STORAGE_KEYS.pinThrottle]: { failures: 2, lockedUntil: 0 },
      [STORAGE_KEYS.licenceMemory]: { version: 1, entries: [['JY14401060012345', ['张记']]] },
      [STORAGE_KEYS.contentPacks]: { version: '0.0.1', packs: [] },
      'other.extension.key': 1,
    });
    const target = new MemoryStore();
    expect(await migrateFromLocal(local, target)).toEqual([
      STORAGE_KEYS.settings,
      STORAGE_KEYS.pinThrottle,
      STORAGE_KEYS.licenceMemory,
    ]);
    expect(local.items).toEqual({ 'other.extension.key': 1 });
    const settings = new SettingsService(target);
    expect((await settings.load()).sensitivity).toBe('elder');
    expect((await settings.throttle()).failures).toBe(2);
    expect(await settings.checkPin(undefined)).toMatchObject({ ok: false, error: 'pin-required' });
    expect(await settings.checkPin('2468')).toEqual({ ok: true });

    // Later starts copy nothing, even if something writes storage.local again, and clear it.
    local.items[STORAGE_KEYS.settings] = { version: 3, pin: null };
    local.items[STORAGE_KEYS.pinThrottle] = { failures: 0, lockedUntil: 0 };
    expect(await migrateFromLocal(local, target)).toEqual([]);
    expect(local.items).toEqual({ 'other.extension.key': 1 });
    expect((await settings.load()).pin).not.toBeNull();
  });

  it('never overwrites what the background store already holds', async () => {
    const target = new MemoryStore();
    await target.set(STORAGE_KEYS.pinThrottle, { failures: 5, lockedUntil: 0 });
    const local = new FakeLocal({ [STORAGE_KEYS.pinThrottle]: { failures: 0, lockedUntil: 0 } });
    expect(await migrateFromLocal(local, target)).toEqual([]);
    expect(await target.get(STORAGE_KEYS.pinThrottle)).toEqual({ failures: 5, lockedUntil: 0 });
  });
});
