// Earlier versions kept everything in browser.storage.local, which content scripts can read
// and write. Once, the background copies what is there into its own store (IndexedDB) and then
// removes Mingbai's keys from storage.local. Values are copied raw: every reader validates what
// it reads (settings are repaired field by field, the throttle fails safe, packs are
// re-validated), so a value tampered with before the move is treated like any corrupt record.
import type { KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';

/** Keys that move to the background's store. */
export const MOVED_KEYS = [
  STORAGE_KEYS.settings,
  STORAGE_KEYS.corruptSettings,
  STORAGE_KEYS.notice,
  STORAGE_KEYS.pinThrottle,
  STORAGE_KEYS.licenceMemory,
  STORAGE_KEYS.wrongReports,
  STORAGE_KEYS.importedPacks,
] as const;

/** Keys removed from storage.local (and never read again): the moved ones and the old content-packs copy. */
export const RETIRED_LOCAL_KEYS = [...MOVED_KEYS, STORAGE_KEYS.contentPacks];

/** The part of browser.storage.local this needs. */
export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Returns the keys it copied (empty when already done). */
export async function migrateFromLocal(local: LocalArea, target: KeyValueStore): Promise<string[]> {
  const copied: string[] = [];
  if ((await target.get(STORAGE_KEYS.migratedFromLocal)) !== true) {
    const old = await local.get([...MOVED_KEYS]);
    for (const key of MOVED_KEYS) {
      // Never overwrite what the background already keeps.
      if (old[key] === undefined || (await target.get(key)) !== undefined) continue;
      await target.set(key, old[key]);
      copied.push(key);
    }
    await target.set(STORAGE_KEYS.migratedFromLocal, true);
  }
  // Every start: whatever sits under these keys in storage.local is left over or was written by
  // someone else; nothing reads it, and it should not look like live state.
  await local.remove(RETIRED_LOCAL_KEYS);
  return copied;
}
