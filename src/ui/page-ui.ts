// Shown findings → the page: markers and popovers, the danger banner, the elder profile's
// submit guard. Part of the page-UI chunk (page-ui-module.ts), loaded only on pages with findings.
import { severityRank } from '../core/report/findings';
import type { Finding } from '../core/shared/types';
import { hostGuardFor } from './host-guard';
import { groupByElement, MAX_MARKERS, type IndexedFinding, type MarkerGroup } from './marker-groups';
import { MarkerLayer } from './marker-layer';
import { PageBanner } from './page-banner';
import { uiLayoutFor } from './page-room';
import { SubmitGuard } from './submit-guard';
import type { UiSettings } from './ui-theme';

export { MAX_MARKERS };

function mostSevere(groups: MarkerGroup[]): MarkerGroup[] {
  if (groups.length <= MAX_MARKERS) return groups;
  return groups
    .map((g, order) => ({ g, order }))
    .sort((a, b) => severityRank(b.g.severity) - severityRank(a.g.severity) || a.order - b.order)
    .slice(0, MAX_MARKERS)
    .map(({ g }) => g);
}

export interface PageUiCallbacks {
  /** May answer whether the warning was hidden; 'pin-required': the family lock keeps it shown. */
  onReportWrong(item: IndexedFinding): void | Promise<'hidden' | 'pin-required' | undefined>;
  onError(error: unknown): void;
  /** The page hides our UI (true) or lets it be seen again (false): host-guard.ts. */
  onUiHidden?(hidden: boolean): void;
}

export class PageUi {
  readonly layer: MarkerLayer;
  readonly banner: PageBanner;
  readonly guard: SubmitGuard;
  private findings: readonly Finding[] = [];

  constructor(
    private readonly doc: Document,
    callbacks: PageUiCallbacks,
  ) {
    this.layer = new MarkerLayer(doc, callbacks);
    this.banner = new PageBanner(doc, (index) => this.reveal(index));
    this.guard = new SubmitGuard(doc);
    hostGuardFor(doc).onHiddenChange((hidden) => callbacks.onUiHidden?.(hidden));
  }

  show(findings: readonly Finding[], settings: UiSettings): void {
    this.findings = findings;
    const groups = mostSevere(groupByElement(findings));
    const indexed = findings.map((finding, index) => ({ finding, index }));
    const dangers = indexed.filter((d) => d.finding.severity === 'danger');
    // The banner first: it measures itself to make room at once, and the markers' slots, placed
    // after it, are then laid out in the next frame instead of in that measurement (a 100k-element
    // page takes 10–30 ms for each layout).
    // The same count the content script sends for the badge and popup (risk-count.ts).
    // Room for the banner and the markers, unless the page is too large to move in a frame (0024).
    const layout = uiLayoutFor(this.doc);
    this.banner.render({ findings: indexed, count: { risks: findings.length, places: groups.length } }, settings, layout);
    this.layer.render(groups, settings, layout);
    this.guard.update(
      settings.sensitivity === 'elder' && dangers.length > 0,
      {
        titles: [...new Set(dangers.map((d) => d.finding.message[settings.lang].title))],
        hotline: dangers[0]?.finding.message[settings.lang].hotline ?? '',
      },
      settings,
    );
  }

  /** Scroll to finding `index`, open its popover and focus it (popup list, banner). */
  reveal(index: number): boolean {
    const view = this.doc.defaultView;
    const smooth = !(view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
    if (this.layer.reveal(index, smooth)) return true;
    // No marker (dismissed, or evidence without an element on screen): at least scroll there.
    const element = this.findings[index]?.evidence.find((e) => e.element?.isConnected)?.element;
    element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    return !!element;
  }

  clear(): void {
    this.layer.destroy();
    this.banner.remove();
    this.guard.destroy();
    this.findings = [];
  }
}
