// Each tab's current findings, for the popup and the badge. Kept in storage.session where the
// browser has it (a Chrome service worker forgets its memory when it sleeps), else in memory.
import type { FindingSummary, TabFindings } from '../protocol';
import type { KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';
import type { PageKind } from '../../core/shared/types';

const MAX_FINDINGS = 200;

export class TabFindingsStore {
  constructor(private readonly store: KeyValueStore) {}

  async set(tabId: number, url: string, kind: PageKind, findings: readonly FindingSummary[], count?: { risks: number; places: number }): Promise<void> {
    await this.store.set(key(tabId), { url, kind, findings: findings.slice(0, MAX_FINDINGS), ...(count ? { count } : {}) });
  }

  async get(tabId: number): Promise<TabFindings> {
    const raw = (await this.store.get(key(tabId))) as TabFindings | undefined;
    return raw && typeof raw.url === 'string' && Array.isArray(raw.findings) ? raw : null;
  }

  async clear(tabId: number): Promise<void> {
    await this.store.remove(key(tabId));
  }
}

const key = (tabId: number) => `${STORAGE_KEYS.tabPrefix}${tabId}`;
