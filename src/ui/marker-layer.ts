// Markers beside evidence elements and one popover at a time, in a single closed shadow root
// appended to <html>. Each marker is drawn over an empty slot of its size at the end of the
// evidence's text (marker-slot.ts), so it covers no page text; on a page too large to move, just
// after that text instead (marker-place.ts, 0024). Positioned by floating-ui in
// document coordinates (the host sits at the document's origin), so page scrolling moves them
// for free; autoUpdate follows resizes, layout shifts and scrolling containers. Events are
// delegated: one listener per kind on the shadow root, none per marker.
import {
  autoUpdate,
  computePosition,
  flip,
  getOverflowAncestors,
  hide,
  offset,
  shift,
  size,
  type Placement,
  type ReferenceElement,
} from '@floating-ui/dom';
import { el } from './dom-build';
import { readAloudText, renderFindingCard, severityBadge, type CardAction } from './finding-card';
import { afterNextFrame } from './after-next-frame';
import { evidenceHighlight } from './evidence-highlight';
import { markerPlace, type MarkerPlace } from './marker-place';
import { markerLayerCss } from './marker-styles';
import type { IndexedFinding, MarkerGroup } from './marker-groups';
import { readAloud, stopReading } from './read-aloud';
import { isOwnUi } from '../core/read/own-ui';
import { createUiHost, type UiHost } from './ui-host';
import type { UiLayout } from './page-room';
import { uiText } from './ui-strings';
import type { UiSettings } from './ui-theme';

export const MARKER_HOST_TAG = 'mingbai-marker-layer';

/** How many markers start following their evidence in one frame. */
const TRACK_PER_FRAME = 8;

export interface MarkerLayerCallbacks {
  onReportWrong(item: IndexedFinding): void | Promise<'hidden' | 'pin-required' | undefined>;
  onError: (error: unknown) => void;
}

interface MarkerEntry {
  id: string;
  group: MarkerGroup;
  button: HTMLButtonElement;
  /** The marker's space in the page's text, or its spot after that text. */
  place: MarkerPlace;
  /** Hidden by a scrolling container that clips the evidence. */
  clipped: boolean;
  /** Moved over its slot at least once: until then it stays hidden. */
  placed: boolean;
  signature: string;
  stopTracking: () => void;
}

interface OpenPopover {
  entry: MarkerEntry;
  dialog: HTMLElement;
  stopTracking: () => void;
}

/** What computePosition reads that can change: the reference's box, the floating box's size, the viewport. */
function placementInputs(reference: ReferenceElement, floating: HTMLElement, win: Window | null): string {
  const r = reference.getBoundingClientRect();
  return `${r.x},${r.y},${r.width},${r.height}|${floating.offsetWidth},${floating.offsetHeight}|${win?.innerWidth},${win?.innerHeight},${win?.scrollX},${win?.scrollY}`;
}

const signatureOf = (group: MarkerGroup) => group.items.map((i) => `${i.index}:${i.finding.ruleId}`).join('|');

function inDocumentOrder(a: MarkerGroup, b: MarkerGroup): number {
  const pos = a.element.compareDocumentPosition(b.element);
  return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
}

export class MarkerLayer {
  private ui: UiHost | null = null;
  private entries = new Map<Element, MarkerEntry>();
  private open: OpenPopover | null = null;
  /** Markers the reader closed with "知道了": not shown again during this visit. */
  private dismissed = new WeakSet<Element>();
  private nextId = 0;
  private settings: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };
  private cssKey = '';

  constructor(
    private readonly doc: Document,
    private readonly callbacks: MarkerLayerCallbacks,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  render(groups: readonly MarkerGroup[], settings: UiSettings, layout: UiLayout = 'room'): void {
    const styleChanged =
      this.cssKey !== `${settings.sensitivity}|${settings.textScale}` ||
      this.settings.lang !== settings.lang ||
      this.settings.readAloud !== settings.readAloud;
    this.settings = settings;
    const wanted = groups.filter((g) => !this.dismissed.has(g.element)).sort(inDocumentOrder);
    if (styleChanged && this.ui) this.teardownHost();
    if (!wanted.length) return this.teardownHost();
    const ui = this.ensureHost();

    const keep = new Set(wanted.map((g) => g.element));
    for (const [element, entry] of this.entries) if (!keep.has(element)) this.removeEntry(entry);

    let previous: HTMLElement | null = null;
    const fresh: MarkerEntry[] = [];
    for (const group of wanted) {
      let entry = this.entries.get(group.element);
      if (!entry) fresh.push((entry = this.createEntry(group, layout)));
      else if (entry.signature !== signatureOf(group)) this.updateEntry(entry, group);
      // Tab order follows reading order.
      const after: ChildNode | null = previous ? previous.nextSibling : ui.shadow.querySelector('.marker');
      if (entry.button !== after) ui.shadow.insertBefore(entry.button, after);
      previous = entry.button;
    }
    // Placed once all are in the layer, so each is measured at its real size (all reads, then
    // all writes: one layout) and the first frame's ResizeObserver reports change nothing.
    // Only slots need the size: over a page too large to move, reading it would force a layout
    // of the whole page here (14–31 ms at 100k elements) instead of in the next frame.
    const sized = fresh.filter((entry) => entry.place.takesRoom);
    const sizes = sized.map((entry) => [entry.button.offsetWidth, entry.button.offsetHeight] as const);
    sized.forEach((entry, i) => entry.place.fit(sizes[i]![0], sizes[i]![1]));
    // Positioned after the frame that lays the slots out: positions read then find the layout
    // done. Read now, they would force it here, and on a 100k-element page each layout the
    // slots, the banner and the positions forced took 10–36 ms, all in one task.
    if (fresh.length) void afterNextFrame(this.doc.defaultView).then(() => this.startTracking(fresh));
  }

  private startTracking(entries: readonly MarkerEntry[]): void {
    // A few markers a frame: placing one walks all its ancestors (1–3 ms on a 100k-element page),
    // and up to 60 at once made a task of 40–70 ms.
    for (const entry of entries.slice(0, TRACK_PER_FRAME))
      if (this.ui && this.entries.get(entry.group.element) === entry)
        entry.stopTracking = this.track(entry.place.reference, entry.button, 'right', entry.place);
    const rest = entries.slice(TRACK_PER_FRAME);
    if (rest.length) void afterNextFrame(this.doc.defaultView).then(() => this.startTracking(rest));
  }

  /** How many markers are on the page now (the banner's "处"). */
  get markerCount(): number {
    return this.entries.size;
  }

  /** Open the popover of the marker showing finding `index`; false when it has no marker. */
  reveal(index: number, smooth: boolean): boolean {
    const entry = [...this.entries.values()].find((e) => e.group.items.some((i) => i.index === index));
    if (!entry) return false;
    evidenceHighlight(this.doc).show(entry.group.element, smooth);
    this.openPopover(entry);
    return true;
  }

  /** Whether finding `index` has a marker on the page (it may have none: no element, dismissed). */
  hasMarkerFor(index: number): boolean {
    return [...this.entries.values()].some((e) => e.group.items.some((i) => i.index === index));
  }

  destroy(): void {
    this.teardownHost();
  }

  private teardownHost(): void {
    this.closePopover(false);
    for (const entry of this.entries.values()) {
      entry.stopTracking();
      entry.place.remove();
    }
    this.entries.clear();
    evidenceHighlight(this.doc).remove();
    this.ui?.remove();
    this.ui = null;
    this.doc.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onViewportChange);
  }

  private ensureHost(): UiHost {
    if (this.ui) return this.ui;
    this.cssKey = `${this.settings.sensitivity}|${this.settings.textScale}`;
    const ui = createUiHost(this.doc, MARKER_HOST_TAG, markerLayerCss(this.settings), {
      position: 'absolute',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      overflow: 'visible',
    });
    ui.shadow.addEventListener('click', this.onClick);
    ui.shadow.addEventListener('keydown', this.onKeyDown as EventListener);
    ui.shadow.addEventListener('keyup', this.onKeyUp as EventListener);
    this.doc.defaultView?.addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
    this.doc.defaultView?.addEventListener('resize', this.onViewportChange, { passive: true });
    this.ui = ui;
    return ui;
  }

  private createEntry(group: MarkerGroup, layout: UiLayout): MarkerEntry {
    const id = `m${this.nextId++}`;
    const button = el(this.doc, 'button', {
      attrs: { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'data-marker': id },
    });
    const entry: MarkerEntry = {
      id,
      group,
      button,
      place: markerPlace(this.doc, group.element, layout),
      clipped: false,
      placed: false,
      signature: '',
      stopTracking: () => {},
    };
    // Hidden until placed and checked for a page bar over its place (checkCovers).
    button.style.setProperty('visibility', 'hidden');
    this.updateEntry(entry, group);
    this.entries.set(group.element, entry);
    return entry;
  }

  private updateEntry(entry: MarkerEntry, group: MarkerGroup): void {
    const { lang } = this.settings;
    entry.group = group;
    entry.signature = signatureOf(group);
    const { button } = entry;
    button.className = `marker sev-${group.severity}`;
    const titles = group.items.map((i) => i.finding.message[lang].title);
    button.setAttribute(
      'aria-label',
      titles.length > 1
        ? uiText(lang, 'content_markerLabelMany', titles.length, titles.join(uiText(lang, 'content_listSeparator')))
        : uiText(lang, 'content_markerLabel', titles[0] ?? ''),
    );
    button.replaceChildren(
      el(
        this.doc,
        'span',
        { className: 'label', attrs: { 'aria-hidden': 'true' } },
        severityBadge(this.doc, lang, group.severity),
      ),
    );
    if (titles.length > 1)
      button.append(el(this.doc, 'span', { className: 'count', text: String(titles.length), attrs: { 'aria-hidden': 'true' } }));
    if (this.open?.entry === entry) this.openPopover(entry);
  }

  private removeEntry(entry: MarkerEntry): void {
    if (this.open?.entry === entry) this.closePopover(false);
    entry.stopTracking();
    entry.button.remove();
    entry.place.remove();
    this.entries.delete(entry.group.element);
  }

  /** Keep `floating` beside `reference` for as long as it exists. */
  private track(reference: ReferenceElement, floating: HTMLElement, placement: Placement, place?: MarkerPlace): () => void {
    const isPopover = placement === 'bottom-start';
    const win = this.doc.defaultView;
    let lastInputs = '';
    const update = () => {
      // autoUpdate also calls this when nothing that places the marker changed: its
      // ResizeObserver reports each box once when it starts observing, and again after it
      // re-observes the floating box a frame later. computePosition walks every ancestor
      // (1–3 ms a marker on a 100k-element page), so it runs only when an input moved.
      const inputs = placementInputs(reference, floating, win);
      if (inputs === lastInputs) return;
      lastInputs = inputs;
      computePosition(reference, floating, {
        strategy: 'absolute',
        placement,
        middleware: isPopover
          ? [
              offset(8),
              flip(),
              shift({ padding: 8 }),
              size({
                padding: 8,
                apply: ({ availableHeight }) => floating.style.setProperty('max-height', `${Math.max(160, availableHeight)}px`),
              }),
            ]
          : // Over the slot, or just after the text; hidden only when a scrolling container clips
            // it, not when it is below the fold (so Tab reaches every marker in document order).
            [
              offset(({ rects }) => ({ mainAxis: place?.offset(rects.reference.width) ?? 0, alignmentAxis: 0 })),
              // Laid over the page, pulled back into the viewport where a line ends at its edge.
              ...(place && !place.takesRoom ? [shift({ mainAxis: false, crossAxis: true, padding: 4 })] : []),
              hide({ rootBoundary: 'document' }),
            ],
      })
        .then(({ x, y, middlewareData }) => {
          // A transform, not left/top: moving the box then needs no layout, so the next
          // marker's reads in the same frame do not force one (100k-element pages).
          const dpr = win?.devicePixelRatio || 1;
          const px = (v: number) => `${Math.round(v * dpr) / dpr}px`;
          floating.style.setProperty('transform', `translate(${px(x)}, ${px(y)})`);
          if (!isPopover) {
            const entry = this.entryOfButton(floating);
            if (entry) {
              entry.clipped = !!middlewareData.hide?.referenceHidden;
              entry.placed = true;
              this.checkCoversAfterFrame(entry);
            }
          }
        })
        .catch(this.callbacks.onError);
    };
    // The host scrolls with the document, so window scrolling needs no update; only scrolling
    // containers between the element and the document do.
    const element = reference instanceof Element ? reference : reference.contextElement;
    const scrollingContainers =
      !!element &&
      getOverflowAncestors(element).some((a) => a instanceof Element && a !== this.doc.documentElement && a !== this.doc.body);
    // A fixed or sticky bar moves against the document as the window scrolls: follow it.
    return autoUpdate(reference, floating, update, {
      ancestorScroll: scrollingContainers || (!!element && this.pinnedToViewport(element)),
    });
  }

  /**
   * A marker whose place the page itself covers (a fixed "buy now" bar over the text) is not
   * drawn on top of that bar's words: it hides until scrolling uncovers its place. All the
   * markers' places are read before any marker changes: a change between two reads would make
   * the second lay the page out again.
   */
  private checkCovers(entries: readonly MarkerEntry[]): void {
    const hidden = entries.map((entry) => !entry.placed || entry.clipped || this.coveredByPage(entry.place));
    entries.forEach((entry, i) => entry.button.style.setProperty('visibility', hidden[i] ? 'hidden' : 'visible'));
  }

  private readonly coversToCheck = new Set<MarkerEntry>();

  /**
   * After the next frame: the hit test of coveredByPage needs the page painted as it is now, and
   * forced before the frame has done it, it redid that work for the whole page (280 ms on a
   * 100k-element page).
   */
  private checkCoversAfterFrame(entry: MarkerEntry): void {
    if (this.coversToCheck.size === 0)
      void afterNextFrame(this.doc.defaultView).then(() => {
        const live = [...this.coversToCheck].filter((e) => this.entries.get(e.group.element) === e);
        this.coversToCheck.clear();
        this.checkCovers(live);
      });
    this.coversToCheck.add(entry);
  }

  private coveredByPage(place: MarkerPlace): boolean {
    const view = this.doc.defaultView;
    const r = place.box();
    if (!view || r.width === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= view.innerHeight || r.left >= view.innerWidth)
      return false;
    if (typeof this.doc.elementsFromPoint !== 'function') return false;
    for (const hit of this.doc.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)) {
      if (place.isPlace(hit)) return false;
      // By identity: a page overlay that copies our attribute still covers the marker.
      if (!isOwnUi(hit)) return hidesWhatIsUnder(hit, view);
    }
    return false;
  }

  private coverCheckQueued = false;

  private readonly onViewportChange = (): void => {
    if (this.coverCheckQueued) return;
    this.coverCheckQueued = true;
    const view = this.doc.defaultView;
    const run = () => {
      this.coverCheckQueued = false;
      this.checkCovers([...this.entries.values()]);
    };
    if (view?.requestAnimationFrame) view.requestAnimationFrame(run);
    else setTimeout(run, 16);
  };

  private pinnedToViewport(element: Element): boolean {
    const view = this.doc.defaultView;
    for (let e: Element | null = element; e && e !== this.doc.documentElement; e = e.parentElement) {
      const position = view?.getComputedStyle(e).position;
      if (position === 'fixed' || position === 'sticky') return true;
    }
    return false;
  }

  private openPopover(entry: MarkerEntry): void {
    this.closePopover(false);
    const ui = this.ensureHost();
    const dialog = renderFindingCard(this.doc, entry.group, this.settings, entry.id);
    dialog.id = `${entry.id}-dialog`;
    ui.shadow.append(dialog);
    entry.button.setAttribute('aria-expanded', 'true');
    entry.button.setAttribute('aria-controls', dialog.id);
    this.open = { entry, dialog, stopTracking: this.track(entry.button, dialog, 'bottom-start') };
    this.doc.addEventListener('pointerdown', this.onOutsidePointer, true);
    dialog.focus({ preventScroll: true });
  }

  private closePopover(returnFocus: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.stopTracking();
    open.dialog.remove();
    open.entry.button.setAttribute('aria-expanded', 'false');
    open.entry.button.removeAttribute('aria-controls');
    stopReading(this.doc.defaultView);
    this.doc.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) open.entry.button.focus({ preventScroll: true });
  }

  private entryOfButton(target: EventTarget | null): MarkerEntry | undefined {
    const button = target instanceof Element ? target.closest('.marker') : null;
    if (!button) return undefined;
    return [...this.entries.values()].find((e) => e.button === button);
  }

  private toggle(entry: MarkerEntry): void {
    if (this.open?.entry === entry) this.closePopover(true);
    else this.openPopover(entry);
  }

  private readonly onClick = (event: Event): void => {
    try {
      const entry = this.entryOfButton(event.target);
      if (entry) return this.toggle(entry);
      const actionButton = event.target instanceof Element ? event.target.closest('[data-action]') : null;
      if (actionButton && this.open)
        this.act(actionButton.getAttribute('data-action') as CardAction, Number(actionButton.getAttribute('data-index')));
    } catch (error) {
      this.callbacks.onError(error);
    }
  };

  private act(action: CardAction, index: number): void {
    const open = this.open!;
    const item = open.entry.group.items.find((i) => i.index === index);
    if (action === 'close') return this.closePopover(true);
    if (action === 'dismiss') {
      this.dismissed.add(open.entry.group.element);
      this.removeEntry(open.entry);
      return;
    }
    if (action === 'read') return this.read(open, index);
    if (action === 'stop') return stopReading(this.doc.defaultView);
    if (action === 'report' && item) {
      const status = open.dialog.querySelector(`[data-status-for="${index}"]`);
      if (status) status.textContent = uiText(this.settings.lang, 'content_reportWrongDone');
      open.dialog.querySelector(`[data-action="report"][data-index="${index}"]`)?.setAttribute('disabled', '');
      const outcome = this.callbacks.onReportWrong(item);
      // With a family PIN set the warning stays: say so instead of "no longer shown".
      if (outcome)
        void outcome.then((result) => {
          if (result === 'pin-required' && status) status.textContent = uiText(this.settings.lang, 'content_reportWrongNeedsPin');
        }, this.callbacks.onError);
    }
  }

  /** 朗读 with a visible state: "正在朗读……" and 停止 while it speaks, a plain notice when it cannot. */
  private read(open: OpenPopover, index: number): void {
    const { lang } = this.settings;
    const status = open.dialog.querySelector(`[data-reading-for="${index}"]`);
    const readButton = open.dialog.querySelector<HTMLElement>(`[data-action="read"][data-index="${index}"]`);
    const stopButton = open.dialog.querySelector<HTMLElement>(`[data-action="stop"][data-index="${index}"]`);
    const reading = (on: boolean) => {
      if (status) status.textContent = on ? uiText(lang, 'content_reading') : '';
      if (stopButton) stopButton.hidden = !on;
      if (readButton) readButton.hidden = on;
      if (on) stopButton?.focus({ preventScroll: true });
      else if (this.open === open && open.dialog.contains(this.ui?.shadow.activeElement ?? null))
        readButton?.focus({ preventScroll: true });
    };
    readAloud(this.doc.defaultView, readAloudText(open.entry.group, index, lang), lang, this.settings.sensitivity === 'elder', {
      onStart: () => reading(true),
      onEnd: () => reading(false),
    })
      .then((result) => {
        if (result !== 'speaking' && status)
          status.textContent = uiText(lang, result === 'no-voice' ? 'content_noVoice' : 'content_noSpeech');
      })
      .catch(this.callbacks.onError);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const entry = this.entryOfButton(event.target);
    if (entry && (event.key === 'Enter' || event.key === ' ')) {
      // Handled here rather than by the button's synthesised click, so it works the same
      // everywhere; preventDefault stops the browser's own click.
      event.preventDefault();
      this.toggle(entry);
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.closePopover(true);
    }
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === ' ' && this.entryOfButton(event.target)) event.preventDefault();
  };

  private readonly onOutsidePointer = (event: Event): void => {
    if (this.ui && !event.composedPath().includes(this.ui.host)) this.closePopover(false);
  };
}

/**
 * Whether a page element over a marker's place is something the reader sees there: words, or a
 * solid background. A clear full-page layer (a "watermark" that fights overlays) is not: the
 * marker stays drawn above it.
 */
function hidesWhatIsUnder(hit: Element, view: Window): boolean {
  if ((hit.textContent ?? '').trim()) return true;
  const colour = view.getComputedStyle(hit).backgroundColor;
  const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
  if (colour === 'transparent') return false;
  return alpha ? Number(alpha[1]) >= 0.5 : /^rgb\(/.test(colour);
}
