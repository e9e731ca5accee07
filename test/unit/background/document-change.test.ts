// @vitest-environment node
// A tab's findings belong to one document. The browser's "loading" and "complete" updates also
// come for same-document navigations (history.replaceState/pushState in Chromium), so the
// background asks the tab's top frame which document it is before clearing anything.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { TabFindingsStore } from '../../../src/extension/background/tab-findings';
import { MessageRouter } from '../../../src/extension/background/message-router';
import { SettingsService } from '../../../src/settings/settings-service';
import { ImportedPackStore } from '../../../src/extension/background/imported-packs';
import { LicenceMemoryStore } from '../../../src/extension/background/licence-memory-store';
import { WrongReportStore } from '../../../src/extension/background/wrong-reports';
import { checkTabDocument } from '../../../src/extension/background/document-change';
import type { FindingSummary, TabFindings } from '../../../src/extension/protocol';

const DOC_A = 'a1'.repeat(16);
const DOC_B = 'b2'.repeat(16);

const finding = (index: number): FindingSummary => ({
  index,
  ruleId: 'loan.apr-over-cap.stated',
  risk: 'loan.apr-over-cap',
  severity: 'danger',
  title: 't',
  explain: 'e',
  advice: 'a',
  hotline: 'h',
  sources: [],
  evidence: [{ text: '年化48%' }],
});

function setUp() {
  const tabs = new TabFindingsStore(new MemoryStore());
  const badges: Array<[number, number | null]> = [];
  const showBadge = async (tabId: number, tab: TabFindings) => void badges.push([tabId, tab ? tab.findings.length : null]);
  const local = new MemoryStore();
  const router = new MessageRouter({
    settings: new SettingsService(local),
    packs: new ImportedPackStore(local, []),
    memory: new LicenceMemoryStore(local),
    reports: new WrongReportStore(local),
    tabs,
    lang: () => 'zh',
    showBadge,
    announceChange: async () => undefined,
    now: Date.now,
  });
  const report = (documentId: string | undefined, n = 2) =>
    router.handle(
      {
        type: 'mingbai/findings',
        url: 'https://loan.example/',
        kind: 'loan',
        findings: Array.from({ length: n }, (_, i) => finding(i)),
        ...(documentId ? { documentId } : {}),
      },
      { tabId: 5, frameId: 0, fromExtensionPage: false },
    );
  return { tabs, badges, showBadge, report };
}

describe('a tab update keeps the findings of a document that is still there', () => {
  it('same document (replaceState, pushState): findings and badge stay', async () => {
    const { tabs, badges, showBadge, report } = setUp();
    await report(DOC_A);
    expect((await tabs.get(5))?.documentId).toBe(DOC_A);
    await checkTabDocument(5, { tabs, showBadge, whichDocument: async () => DOC_A });
    expect((await tabs.get(5))?.findings).toHaveLength(2);
    expect(badges.at(-1)).toEqual([5, 2]);
  });

  it('another document, or none answering: cleared, badge emptied', async () => {
    for (const answer of [DOC_B, null]) {
      const { tabs, badges, showBadge, report } = setUp();
      await report(DOC_A);
      await checkTabDocument(5, { tabs, showBadge, whichDocument: async () => answer });
      expect(await tabs.get(5)).toBeNull();
      expect(badges.at(-1)).toEqual([5, null]);
    }
  });

  it('the new document reporting while the question is out is not cleared', async () => {
    const { tabs, showBadge, report } = setUp();
    await report(DOC_A);
    await checkTabDocument(5, {
      tabs,
      showBadge,
      // The new document's first report arrives before its answer does.
      whichDocument: async () => {
        await report(DOC_B, 3);
        return DOC_B;
      },
    });
    expect((await tabs.get(5))?.findings).toHaveLength(3);
  });

  it('a report without a document id (an older content script) is cleared as before', async () => {
    const { tabs, showBadge, report } = setUp();
    await report(undefined);
    await checkTabDocument(5, { tabs, showBadge, whichDocument: async () => DOC_A });
    expect(await tabs.get(5)).toBeNull();
  });

  it('a tab with nothing stored asks nothing', async () => {
    const { tabs, showBadge } = setUp();
    let asked = false;
    await checkTabDocument(5, {
      tabs,
      showBadge,
      whichDocument: async () => {
        asked = true;
        return null;
      },
    });
    expect(asked).toBe(false);
  });

  it('a document id that is not a short string is not stored', async () => {
    const { tabs, report } = setUp();
    await report('ab'.repeat(50));
    expect((await tabs.get(5))?.documentId).toBeUndefined();
  });
});
