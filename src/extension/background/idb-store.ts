// KeyValueStore over the extension origin's IndexedDB: the background (Chrome's service worker,
// Firefox's background page) and the extension's own pages can open it; a content script
// cannot (its IndexedDB is the web page's). That is where the PIN hash, the guess throttle, the
// settings, the licence memory, reports and imported packs live
// (docs/decisions/0014-lock-state-out-of-content-reach.md).
import type { KeyValueStore } from '../../settings/key-value-store';

export const IDB_NAME = 'mingbai';
export const IDB_STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function openMingbaiDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(IDB_NAME, 1);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(IDB_STORE)) open.result.createObjectStore(IDB_STORE);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

export class IdbStore implements KeyValueStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly open: () => Promise<IDBDatabase> = () => openMingbaiDb()) {}

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    this.db ??= this.open().then((db) => {
      // The browser may close the connection (storage pressure, version change): reopen next time.
      db.onclose = () => (this.db = null);
      db.onversionchange = () => {
        db.close();
        this.db = null;
      };
      return db;
    });
    try {
      return (await this.db).transaction(IDB_STORE, mode).objectStore(IDB_STORE);
    } catch (error) {
      this.db = null;
      throw error;
    }
  }

  async get(key: string): Promise<unknown> {
    return request((await this.store('readonly')).get(key));
  }

  /** Values go in as JSON copies, as with browser.storage (no class instances, no undefined). */
  async set(key: string, value: unknown): Promise<void> {
    const copy = value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
    await request((await this.store('readwrite')).put(copy, key));
  }

  async remove(key: string): Promise<void> {
    await request((await this.store('readwrite')).delete(key));
  }
}

/** A store that becomes usable once `ready` resolves (after the one-time migration). */
export class DeferredStore implements KeyValueStore {
  constructor(private readonly ready: Promise<KeyValueStore>) {}

  async get(key: string): Promise<unknown> {
    return (await this.ready).get(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    return (await this.ready).set(key, value);
  }

  async remove(key: string): Promise<void> {
    return (await this.ready).remove(key);
  }
}
