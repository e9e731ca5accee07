// Each tab's current findings, for the popup and the badge. Kept in storage.session where the
// browser has it (a Chrome service worker forgets its memory when it sleeps), else in memory.
import type { FindingSummary, TabFindings } from '../protocol';
import { SerialQueue, type KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';
import type { PageKind } from '../../core/shared/types';

const MAX_FINDINGS = 200;

export class TabFindingsStore {
  /** Writes and clears one after another, so a check cannot clear a report that just came in. */
  private readonly writes = new SerialQueue();

  constructor(private readonly store: KeyValueStore) {}

  /** documentId: the reporting document's id (see document-change.ts). */
  set(
    tabId: number,
    url: string,
    kind: PageKind,
    findings: readonly FindingSummary[],
    count?: { risks: number; places: number },
    documentId?: string,
  ): Promise<void> {
    const record = {
      url,
      kind,
      findings: findings.slice(0, MAX_FINDINGS),
      ...(count ? { count } : {}),
      ...(documentId ? { documentId } : {}),
    };
    return this.writes.run(() => this.store.set(key(tabId), record));
  }

  async get(tabId: number): Promise<TabFindings> {
    const raw = (await this.store.get(key(tabId))) as TabFindings | undefined;
    return raw && typeof raw.url === 'string' && Array.isArray(raw.findings) ? raw : null;
  }

  clear(tabId: number): Promise<void> {
    return this.writes.run(() => this.store.remove(key(tabId)));
  }

  /** Clears the tab unless what is stored came from `documentId`. True when something was cleared. */
  clearUnlessDocument(tabId: number, documentId: string | null): Promise<boolean> {
    return this.writes.run(async () => {
      const stored = await this.get(tabId);
      if (!stored || (documentId !== null && stored.documentId === documentId)) return false;
      await this.store.remove(key(tabId));
      return true;
    });
  }
}

const key = (tabId: number) => `${STORAGE_KEYS.tabPrefix}${tabId}`;
