// Keeps one page's findings current: a full scan first, then rescans of only the subtrees that
// changed. Scans never overlap: work that arrives while one runs is merged and run after it.
// Every scan is time-sliced by the core (yieldToPage, sliceMs), so no task blocks the page.
import type { ScanOptions } from '../../core/scan';
import type { Finding, LicenceMemory, PageKind, ScanResult } from '../../core/shared/types';
import { changedRoots } from './changed-roots';
import { mergeRegionFindings, newRisks, pruneDisconnected } from './findings-merge';

/** Full rescans that re-classify a page (kind `other` getting content) at most this often. */
export const FULL_RESCAN_INTERVAL_MS = 2000;
/** More changed regions than this in one batch: one full rescan instead. */
const MAX_REGIONS = 40;

export interface PageScannerOptions {
  doc: Document;
  /** One scan of this document (gated-scan.ts; the core's scanDocument in tests). */
  scan: (options: ScanOptions) => Promise<ScanResult>;
  memory: () => LicenceMemory;
  isHidden: () => boolean;
  yieldToPage: () => Promise<void>;
  onFindings: (findings: Finding[], kind: PageKind) => void;
  onError: (error: unknown) => void;
  now?: () => number;
}

export class PageScanner {
  kind: PageKind = 'other';
  findings: Finding[] = [];
  private scannedOnce = false;
  private running = false;
  private stopped = false;
  private pendingFull = false;
  private pendingRoots = new Set<Element>();
  private pendingPrune = false;
  private lastFullAt = -Infinity;
  private fullTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly o: PageScannerOptions) {
    this.now = o.now ?? (() => performance.now());
  }

  /** Scan the whole page (first scan, settings or packs changed, tab became visible). */
  scanFull(): void {
    this.pendingFull = true;
    this.pump();
  }

  /** A batch from the MutationBatcher. */
  handleMutations(records: readonly MutationRecord[], overflow: boolean): void {
    if (!this.scannedOnce) return this.scanFull();
    const changed = overflow ? null : changedRoots(records, this.o.doc);
    if (!changed || changed.full) return this.scanFull();
    if (changed.removed) this.pendingPrune = true;
    if (changed.roots.length === 0) return this.pump();
    // A page not (yet) recognised may have just rendered its content (SPAs): re-classify the
    // whole text, throttled, rather than rescanning regions as `other`.
    if (this.kind === 'other') return this.requestFullSoon();
    for (const root of changed.roots) this.pendingRoots.add(root);
    if (this.pendingRoots.size > MAX_REGIONS) return this.scanFull();
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    if (this.fullTimer) clearTimeout(this.fullTimer);
    this.fullTimer = null;
  }

  /** A full rescan now if none ran recently, else one when the interval is up. */
  requestFullSoon(): void {
    const wait = this.lastFullAt + FULL_RESCAN_INTERVAL_MS - this.now();
    if (wait <= 0) return this.scanFull();
    if (this.fullTimer) return;
    this.fullTimer = setTimeout(() => {
      this.fullTimer = null;
      this.scanFull();
    }, wait);
  }

  /** Run what is pending, one scan at a time; called again when the tab becomes visible. */
  pump(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.drain().finally(() => {
      this.running = false;
    });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && !this.o.isHidden() && (this.pendingFull || this.pendingRoots.size || this.pendingPrune)) {
      try {
        if (this.pendingFull) await this.runFull();
        else await this.runRegions();
      } catch (error) {
        this.o.onError(error);
      }
    }
  }

  private scanOptions(): ScanOptions {
    return {
      url: this.o.doc.URL,
      memory: this.o.memory(),
      visibility: 'computed' as const,
      yieldToPage: this.o.yieldToPage,
      sliceMs: 8,
    };
  }

  private async runFull(): Promise<void> {
    this.pendingFull = false;
    this.pendingRoots.clear();
    this.pendingPrune = false;
    this.lastFullAt = this.now();
    const result = await this.o.scan(this.scanOptions());
    this.scannedOnce = true;
    this.kind = result.kind;
    this.findings = result.findings;
    this.o.onFindings(this.findings, this.kind);
  }

  private async runRegions(): Promise<void> {
    const roots = [...this.pendingRoots].filter((r) => r.isConnected);
    this.pendingRoots.clear();
    this.pendingPrune = false;
    let findings = this.findings;
    let unconfirmed = false;
    if (roots.length) {
      // One snapshot and one engine run over all changed subtrees together: the cost follows
      // the size of the change, and the core slices its own work so no task runs long.
      const result = await this.o.scan({ ...this.scanOptions(), roots, kind: this.kind });
      if (this.stopped) return;
      // A risk the page as a whole did not show may be an artefact of reading the new regions
      // alone (an "APR not shown" inside one new card, while the APR sits elsewhere): confirm
      // it with a full rescan instead of trusting the regions.
      const confirmed = result.findings.filter((f) => !newRisks(findings, [f]).length);
      unconfirmed = confirmed.length < result.findings.length;
      findings = mergeRegionFindings(findings, confirmed, roots);
    } else findings = pruneDisconnected(findings);
    this.findings = findings;
    this.o.onFindings(this.findings, this.kind);
    if (unconfirmed) this.requestFullSoon();
  }
}
