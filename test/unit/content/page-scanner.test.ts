// The scan/rescan flow with the real bundled packs: an SPA that renders its loan content after
// load gets classified, new regions are rescanned alone, and a risk a region reports that the
// page did not have is confirmed by a full rescan.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';
import { PageScanner } from '../../../src/extension/content/page-scanner';
import { ephemeralMemory, scanDocument } from '../../../src/core/scan';
import type { Finding, PageKind } from '../../../src/core/shared/types';

const ruleset = compileRuleset(BUNDLED_PACKS);

function setup(hidden: () => boolean = () => false) {
  let clock = 0;
  const reports: Array<{ findings: Finding[]; kind: PageKind }> = [];
  const errors: unknown[] = [];
  const scanner = new PageScanner({
    doc: document,
    scan: (options) => scanDocument(ruleset, document, options),
    memory: () => ephemeralMemory(),
    isHidden: hidden,
    yieldToPage: () => Promise.resolve(),
    onFindings: (findings, kind) => reports.push({ findings, kind }),
    onError: (e) => errors.push(e),
    now: () => clock,
  });
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const mutate = (fn: () => void) => {
    fn();
    scanner.handleMutations(observer.takeRecords(), false);
  };
  return {
    scanner,
    reports,
    errors,
    mutate,
    advance: (ms: number) => (clock += ms),
    stop: () => (observer.disconnect(), scanner.stop()),
  };
}

const LOAN_PAGE = `<h1>闪电借 · 极速借款</h1>
<div class="card"><p>审核已通过，需先缴纳20%保证金，放款后退还</p></div>
<div class="card"><p>最高可借5万，随借随还，支持提前还款</p><p>日息低至0.02%</p><button>立即借款</button></div>`;

const risksOf = (findings: Finding[]) => findings.map((f) => f.risk).sort();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it('classifies an SPA whose content arrives after the first scan', async () => {
    document.body.innerHTML = '<div id="app">加载中…</div>';
    const t = setup();
    t.scanner.scanFull();
    await vi.waitFor(() => expect(t.reports).toHaveLength(1));
    expect(t.reports[0]!.kind).toBe('other');

    t.advance(5000);
    t.mutate(() => (document.getElementById('app')!.innerHTML = LOAN_PAGE));
    await vi.waitFor(() => expect(t.reports).toHaveLength(2), { timeout: 10_000 });
    expect(t.reports[1]!.kind).toBe('loan');
    expect(risksOf(t.reports[1]!.findings)).toContain('loan.advance-fee');
    expect(t.errors).toEqual([]);
    t.stop();
  });

  it('rescans only the new region and merges its findings', async () => {
    document.body.innerHTML = `<div id="app">${LOAN_PAGE}<ul id="feed"></ul></div>`;
    const t = setup();
    t.scanner.scanFull();
    await vi.waitFor(() => expect(t.reports).toHaveLength(1));
    const before = t.reports[0]!.findings.find((f) => f.risk === 'loan.advance-fee')!;
    expect(before.evidence).toHaveLength(1);

    const item = document.createElement('li');
    item.textContent = '放款前需先交保证金2000元，审核通过后全额退还';
    t.mutate(() => document.getElementById('feed')!.append(item));
    await vi.waitFor(() => expect(t.reports).toHaveLength(2));
    const after = t.reports[1]!.findings.find((f) => f.risk === 'loan.advance-fee')!;
    // The old evidence is kept (outside the region) and the new item is added.
    expect(after.evidence.map((e) => e.element)).toContain(before.evidence[0]!.element);
    expect(after.evidence.some((e) => e.element === item || item.contains(e.element ?? null))).toBe(true);
    t.stop();
  });

  it('confirms a risk first seen in a region with a full rescan', async () => {
    document.body.innerHTML = `<div id="app">${LOAN_PAGE}<ul id="feed"></ul></div>`;
    const t = setup();
    t.scanner.scanFull();
    await vi.waitFor(() => expect(t.reports).toHaveLength(1));
    expect(risksOf(t.reports[0]!.findings)).not.toContain('loan.apr-over-cap');

    t.advance(5000);
    const item = document.createElement('li');
    item.textContent = '借1000元7天还1100元';
    t.mutate(() => document.getElementById('feed')!.append(item));
    // Region result without the new risk, then the confirming full scan with it.
    await vi.waitFor(() => expect(t.reports.length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    expect(risksOf(t.reports[1]!.findings)).not.toContain('loan.apr-over-cap');
    expect(risksOf(t.reports.at(-1)!.findings)).toContain('loan.apr-over-cap');
    t.stop();
  });

  it('does nothing while the tab is hidden and scans once it is visible', async () => {
    document.body.innerHTML = `<div id="app">${LOAN_PAGE}</div>`;
    let hidden = true;
    const t = setup(() => hidden);
    t.scanner.scanFull();
    t.mutate(() => document.getElementById('app')!.append(Object.assign(document.createElement('p'), { textContent: '新内容' })));
    await new Promise((r) => setTimeout(r, 200));
    expect(t.reports).toHaveLength(0);
    hidden = false;
    t.scanner.pump();
    await vi.waitFor(() => expect(t.reports).toHaveLength(1));
    expect(t.reports[0]!.kind).toBe('loan');
    t.stop();
  });

  it('drops findings whose elements the page removed', async () => {
    document.body.innerHTML = `<div id="app">${LOAN_PAGE}</div>`;
    const t = setup();
    t.scanner.scanFull();
    await vi.waitFor(() => expect(t.reports).toHaveLength(1));
    expect(risksOf(t.reports[0]!.findings)).toContain('loan.advance-fee');
    t.mutate(() => document.querySelector('.card')!.remove());
    await vi.waitFor(() => expect(t.reports).toHaveLength(2));
    expect(risksOf(t.reports[1]!.findings)).not.toContain('loan.advance-fee');
    t.stop();
  });
});
