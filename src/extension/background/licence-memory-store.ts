// The licence memory behind food.license-shared: which shop names were seen with which food
// business licence number. Bounded (least recently used licences go first), local only, and
// holding nothing but licence numbers and shop names.
import { SerialQueue, type KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';

export const MAX_LICENCES = 2_000;
export const MAX_NAMES_PER_LICENCE = 50;
const MAX_LICENCE_CHARS = 40;
const MAX_NAME_CHARS = 80;

/** Stored as pairs, least recently used first (object keys would reorder numeric licences). */
interface StoredMemory {
  version: 1;
  entries: Array<[string, string[]]>;
}

export class LicenceMemoryStore {
  private readonly queue = new SerialQueue();

  constructor(private readonly store: KeyValueStore) {}

  async snapshot(): Promise<Record<string, string[]>> {
    const entries = await this.entries();
    return Object.fromEntries(entries);
  }

  /** The shop names seen with one licence: all a page is told (issue 19: never the whole memory). */
  async namesFor(licence: string): Promise<string[]> {
    const key = licence.trim().toUpperCase();
    return (await this.entries()).find(([l]) => l === key)?.[1] ?? [];
  }

  /** For the options page: most recently seen first. */
  async list(): Promise<Array<{ licence: string; shops: string[] }>> {
    return (await this.entries()).reverse().map(([licence, shops]) => ({ licence, shops }));
  }

  /** Returns false when the input is not a plausible licence/name pair (nothing is stored). */
  record(licence: string, shopName: string): Promise<boolean> {
    const key = licence.trim().toUpperCase();
    const name = shopName.trim().replace(/\s+/g, ' ');
    if (!/^[\p{L}\p{N}()（）-]{6,40}$/u.test(key) || key.length > MAX_LICENCE_CHARS || !name || name.length > MAX_NAME_CHARS)
      return Promise.resolve(false);
    return this.queue.run(async () => {
      const entries = await this.entries();
      const at = entries.findIndex(([l]) => l === key);
      const names = at >= 0 ? (entries.splice(at, 1)[0] as [string, string[]])[1] : [];
      const kept = names.filter((n) => n !== name);
      kept.push(name);
      entries.push([key, kept.slice(-MAX_NAMES_PER_LICENCE)]);
      const bounded = entries.slice(-MAX_LICENCES);
      await this.store.set(STORAGE_KEYS.licenceMemory, { version: 1, entries: bounded } satisfies StoredMemory);
      return true;
    });
  }

  clear(): Promise<void> {
    return this.queue.run(() => this.store.remove(STORAGE_KEYS.licenceMemory));
  }

  /** Whatever is stored, read defensively: malformed entries are skipped. */
  private async entries(): Promise<Array<[string, string[]]>> {
    const raw = (await this.store.get(STORAGE_KEYS.licenceMemory)) as Partial<StoredMemory> | undefined;
    if (!raw || !Array.isArray(raw.entries)) return [];
    const out: Array<[string, string[]]> = [];
    for (const entry of raw.entries.slice(-MAX_LICENCES)) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
      const names = entry[1].filter((n): n is string => typeof n === 'string' && n.length <= MAX_NAME_CHARS);
      out.push([entry[0], names.slice(-MAX_NAMES_PER_LICENCE)]);
    }
    return out;
  }
}
