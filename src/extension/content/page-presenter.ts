// Shown findings → the page, through the page-UI chunk (src/ui/page-ui-module.ts). The chunk is
// loaded the first time there is something to show; a page without findings loads nothing and
// gets no element at all. Only types come from src/ui here: the UI is not in the content script.
import type { Finding } from '../../core/shared/types';
import type { PageUi, PageUiCallbacks, PageUiModule } from '../../ui/page-ui-module';
import type { UiSettings } from '../../ui/ui-theme';
import { afterNextFrame } from '../../ui/after-next-frame';

/** How to get the UI module: the built chunk in the extension (page-ui-loader.ts), the source in tests. */
export type PageUiLoader = () => Promise<PageUiModule>;

export type PresenterCallbacks = PageUiCallbacks;

type UiState = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; ui: PageUi } | { state: 'failed' };

export class PagePresenter {
  private ui: UiState = { state: 'idle' };
  // The latest request: applied as soon as the UI is there, whatever came in while it loaded.
  private findings: readonly Finding[] = [];
  private settings: UiSettings | null = null;
  private pendingReveal: number | null = null;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: PresenterCallbacks,
    private readonly loadUi: PageUiLoader,
  ) {}

  show(findings: readonly Finding[], settings: UiSettings): void {
    this.findings = findings;
    this.settings = settings;
    if (this.ui.state === 'ready') this.ui.ui.show(findings, settings);
    else if (findings.length > 0) this.load();
  }

  /** Scroll to finding `index`, open its popover and focus it (popup list); waits for the UI if it is loading. */
  reveal(index: number): void {
    if (this.ui.state === 'ready') this.ui.ui.reveal(index);
    else if (this.ui.state === 'loading') this.pendingReveal = index;
  }

  clear(): void {
    this.findings = [];
    this.pendingReveal = null;
    if (this.ui.state === 'ready') this.ui.ui.clear();
  }

  private load(): void {
    if (this.ui.state !== 'idle') return;
    this.ui = { state: 'loading' };
    // After a frame too: the first frame after the load event is the browser's own (after-next-frame.ts).
    Promise.all([this.loadUi(), afterNextFrame(this.doc.defaultView)])
      .then(
        ([module]) => {
          const ui = module.createPageUi(this.doc, this.callbacks);
          this.ui = { state: 'ready', ui };
          if (this.findings.length > 0 && this.settings) ui.show(this.findings, this.settings);
          const reveal = this.pendingReveal;
          this.pendingReveal = null;
          if (reveal !== null) ui.reveal(reveal);
        },
        (error: unknown) => {
          // Not retried: a chunk that did not load once (extension updated or reloaded under
          // the page) will not load on the next rescan either. The findings still reach the popup.
          this.ui = { state: 'failed' };
          this.pendingReveal = null;
          this.callbacks.onError(error);
        },
      )
      .catch((error: unknown) => this.callbacks.onError(error));
  }
}
