// KeyValueStore over a browser.storage area (local for settings and records, session for
// per-tab findings). storage.session is missing in older browsers: the caller falls back to
// memory there.
import type { KeyValueStore } from '../../settings/key-value-store';
import type { Browser } from '../browser-api';

export class BrowserStorageStore implements KeyValueStore {
  constructor(private readonly area: Browser.Storage.StorageArea) {}

  async get(key: string): Promise<unknown> {
    const items = await this.area.get(key);
    return items[key];
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.area.set({ [key]: value });
  }

  async remove(key: string): Promise<void> {
    await this.area.remove(key);
  }
}
