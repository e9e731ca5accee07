// Whether a tab still shows the document its findings came from. Browsers send tabs.onUpdated
// "loading" and "complete" for same-document navigations too (Chromium does for
// history.replaceState and pushState), and an SPA that rewrites its address must not lose its
// badge. So before clearing, the background asks the tab's top frame which document it is (each
// content script makes up a random id when it starts and sends it with its findings). No answer
// (no content script there) or another id: the document changed, the findings go.
import type { TabFindings } from '../protocol';
import type { TabFindingsStore } from './tab-findings';

export interface DocumentCheckPorts {
  tabs: TabFindingsStore;
  showBadge(tabId: number, tab: TabFindings): Promise<void>;
  /** The document id of the content script in the tab's top frame; null when none answers. */
  whichDocument(tabId: number): Promise<string | null>;
}

export async function checkTabDocument(tabId: number, ports: DocumentCheckPorts): Promise<void> {
  const stored = await ports.tabs.get(tabId);
  if (!stored) return;
  // An older content script sent no id: clear as before.
  const current = stored.documentId ? await ports.whichDocument(tabId).catch(() => null) : null;
  // Cleared only if what is stored now is still another document's: the new document may have
  // reported while the question was out.
  if (await ports.tabs.clearUnlessDocument(tabId, current)) await ports.showBadge(tabId, null);
}

/** A document id as content scripts make them (see content.ts); anything else is not one. */
export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{16,64}$/.test(value);
