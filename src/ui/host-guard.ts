// Keeps our UI hosts where a page cannot hide them (issue 18; docs/decisions/0016).
//
// A page can remove a host, move it into a hidden element, take it out of the top layer
// (hidePopover, removing `popover`), or show its own modal dialog, popover or fullscreen element
// above ours. The guard puts each host back under <html> in layer order and shows it again in
// the top layer, after the page's. It does not fight for ever: more than `maxRepairs` repairs in
// `windowMs` and it backs off (1 s, doubling to 30 s) and reports the UI as hidden. It also
// reports the UI as hidden when it cannot be seen or used although in place (`inert`, a page
// modal dialog, a hidden or non-rendered <html>, a hit test at our UI that does not reach it), so
// that the content script can raise the fallback the page cannot touch: the badge turns to "!".
//
// The observer and the event listeners live in the content script's world: a page that patches
// MutationObserver, attachShadow or elementFromPoint patches its own copies, not ours.
import { isOwnUi } from '../core/read/own-ui';
import { afterNextFrame } from './after-next-frame';

export const LAYER_ATTRIBUTE = 'data-mingbai-layer';

export interface HostGuardLimits {
  maxRepairs: number;
  windowMs: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
}

const DEFAULT_LIMITS: HostGuardLimits = { maxRepairs: 20, windowMs: 10_000, firstBackoffMs: 1000, maxBackoffMs: 30_000 };

// By identity: a page element that copies our attribute is not ours.
const isOwn = (node: unknown): boolean => (node as Element | null)?.nodeType === 1 && isOwnUi(node as Element);
const layerOf = (host: Element) => Number(host.getAttribute(LAYER_ATTRIBUTE)) || 0;

type PopoverHost = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

export class HostGuard {
  private readonly hosts = new Set<PopoverHost>();
  private readonly listeners = new Set<(hidden: boolean) => void>();
  private observer: MutationObserver | null = null;
  private repairs: number[] = [];
  private backoffMs = 0;
  private backoffTimer: ReturnType<typeof setTimeout> | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private hidden = false;
  private repairing = false;

  constructor(
    private readonly doc: Document,
    private readonly limits: HostGuardLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts guarding `host` (already inserted and shown by ui-host.ts). */
  add(host: HTMLElement): void {
    this.hosts.add(host);
    this.start();
    this.observer?.observe(host, { attributes: true });
    this.scheduleCheck();
  }

  /** TEST-ONLY: stop guarding every host (a test's clean-up removes hosts as a page would). */
  forgetAll(): void {
    this.hosts.clear();
    this.stop();
    this.setHidden(false);
  }

  /** Our own removal: not repaired. */
  delete(host: HTMLElement): void {
    this.hosts.delete(host);
    if (this.hosts.size === 0) this.stop();
    this.scheduleCheck();
  }

  /** Called with true when our UI cannot be seen (or used), false when it can again. */
  onHiddenChange(listener: (hidden: boolean) => void): () => void {
    this.listeners.add(listener);
    if (this.hidden) listener(true);
    return () => this.listeners.delete(listener);
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  private start(): void {
    if (this.observer) return;
    const view = this.doc.defaultView;
    const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
    if (typeof Observer !== 'function') return;
    this.observer = new Observer((records) => this.onMutations(records));
    const root = this.doc.documentElement;
    // <html>'s children (our hosts) and its own inert/style/class/hidden; anywhere, only the
    // `open` of a <dialog>. Filtered: a page that animates styles costs us nothing.
    this.observer.observe(root, { childList: true, attributes: true, attributeFilter: ['inert', 'style', 'class', 'hidden'] });
    this.observer.observe(this.doc, { subtree: true, attributes: true, attributeFilter: ['open'] });
    for (const host of this.hosts) this.observer.observe(host, { attributes: true });
    // Page popovers and fullscreen: `toggle` does not bubble, a capturing listener still sees it.
    this.doc.addEventListener('toggle', this.onTopLayerEvent, true);
    this.doc.addEventListener('fullscreenchange', this.onTopLayerEvent, true);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.doc.removeEventListener('toggle', this.onTopLayerEvent, true);
    this.doc.removeEventListener('fullscreenchange', this.onTopLayerEvent, true);
    if (this.backoffTimer !== null) clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
    this.backoffMs = 0;
    this.repairs = [];
  }

  private readonly onTopLayerEvent = (event: Event): void => {
    if (this.repairing) return;
    // One of ours was hidden (by the page, or by our own re-show): shown again only if closed.
    if (isOwn(event.target)) return this.repair(false);
    // The page showed a popover or dialog in the top layer: ours go back on top of it. Not for
    // <details> (whose `toggle` is the same event) nor for anything that closed.
    const target = event.target as Element | null;
    const topLayer = event.type === 'fullscreenchange' || target?.hasAttribute?.('popover') || target?.tagName === 'DIALOG';
    if (topLayer && (event as Event & { newState?: string }).newState !== 'closed') this.repair(true);
  };

  private onMutations(records: MutationRecord[]): void {
    if (this.repairing) return;
    let raise = false;
    let relevant = false;
    for (const r of records) {
      if (r.type === 'childList') {
        if (Array.from(r.removedNodes).some((n) => this.hosts.has(n as PopoverHost))) relevant = true;
      } else if (r.type === 'attributes') {
        if (this.hosts.has(r.target as PopoverHost)) relevant = true;
        else if (r.attributeName === 'open' && (r.target as Element).tagName === 'DIALOG') raise = relevant = true;
        else if (r.target === this.doc.documentElement) relevant = true;
      }
    }
    if (relevant) this.repair(raise);
  }

  /** Puts every host back in place and on top; `raise`: shown again even where still shown. */
  repair(raise = false): void {
    if (this.hosts.size === 0) return;
    if (this.backoffTimer !== null) return this.scheduleCheck(); // backing off: the timer repairs
    if (this.needsRepair()) {
      // Only putting back what the page took counts towards the fight budget: showing ours again
      // above a page's popover or dialog is cheap, and a page may open those often (tooltips).
      const t = this.now();
      this.repairs = this.repairs.filter((at) => t - at < this.limits.windowMs);
      this.repairs.push(t);
      if (this.repairs.length > this.limits.maxRepairs) {
        this.backOff();
        return;
      }
      this.putBack(raise);
    } else if (raise) this.putBack(true);
    this.scheduleCheck();
  }

  private needsRepair(): boolean {
    const root = this.doc.documentElement;
    for (const host of this.hosts) {
      if (host.parentNode !== root) return true;
      if (typeof host.showPopover === 'function' && !safeMatches(host, ':popover-open')) return true;
    }
    return false;
  }

  private putBack(raise: boolean): void {
    const root = this.doc.documentElement;
    if (!root) return;
    this.repairing = true;
    try {
      const ordered = [...this.hosts].sort((a, b) => layerOf(a) - layerOf(b));
      for (const host of ordered) {
        if (host.parentNode !== root) {
          const above = Array.from(root.children).find((el) => isOwn(el) && el !== host && layerOf(el) > layerOf(host));
          root.insertBefore(host, above ?? null);
        }
      }
      // Shown again in layer order: the top layer stacks by order of showing.
      for (const host of ordered) showOnTop(host, raise);
    } catch {
      /* a document that refuses: the check below reports the UI as hidden */
    } finally {
      this.observer?.takeRecords(); // our own changes
      this.repairing = false;
    }
  }

  private backOff(): void {
    this.backoffMs = Math.min(this.limits.maxBackoffMs, this.backoffMs ? this.backoffMs * 2 : this.limits.firstBackoffMs);
    this.setHidden(true);
    this.backoffTimer = setTimeout(() => {
      this.backoffTimer = null;
      this.repairs = [];
      this.putBack(true);
      this.scheduleCheck();
    }, this.backoffMs);
  }

  /**
   * Visibility is judged a little later, once the page's burst of changes has settled, and after
   * a frame: the hit test in canBeSeen needs the page painted as it is, and forced before a frame
   * has done it, it redid that work for the whole page (280 ms on a 100k-element page).
   */
  private scheduleCheck(): void {
    if (this.checkTimer !== null) return;
    this.checkTimer = setTimeout(() => {
      void afterNextFrame(this.doc.defaultView).then(() => {
        this.checkTimer = null;
        this.setHidden(this.hosts.size > 0 && (this.backoffTimer !== null || !this.canBeSeen()));
      });
    }, 150);
  }

  /** Whether every host is in place and can be seen and used. */
  canBeSeen(): boolean {
    const doc = this.doc;
    const root = doc.documentElement;
    const view = doc.defaultView;
    if (!root) return false;
    // A page modal dialog: everything outside it is inert. (A fullscreen element is not: ours
    // are shown again above it, and the hit test below judges that.)
    const modal = safeQuery(doc, 'dialog:modal');
    if (modal && !isOwn(modal)) return false;
    const rootStyle = view?.getComputedStyle(root);
    if (rootStyle && (rootStyle.display === 'none' || rootStyle.contentVisibility === 'hidden')) return false;
    for (const host of this.hosts) {
      if (host.parentNode !== root || host.closest('[inert]')) return false;
      if (typeof host.checkVisibility === 'function' && !host.checkVisibility({ contentVisibilityAuto: true })) return false;
      if (!this.hitTestReaches(host)) return false;
    }
    return true;
  }

  /** A point inside the host's visible UI, hit-tested: it must reach one of our hosts. */
  private hitTestReaches(host: HTMLElement): boolean {
    const view = this.doc.defaultView;
    const shadow = shadowOf(host);
    if (!view || !shadow || typeof this.doc.elementFromPoint !== 'function') return true;
    const width = view.innerWidth;
    const height = view.innerHeight;
    for (const el of Array.from(shadow.querySelectorAll('button, [role="alert"], section'))) {
      // A marker we hid ourselves (not yet placed, or its place under the page's own bar) is
      // not there to be hit: only our code can style what is inside our closed shadow root.
      if ((el as HTMLElement).style?.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width < 2 || box.height < 2 || x < 0 || y < 0 || x >= width || y >= height) continue;
      return isOwn(this.doc.elementFromPoint(x, y));
    }
    return true; // nothing of it on screen (markers below the fold): nothing to judge
  }

  private setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    for (const listener of this.listeners) {
      try {
        listener(hidden);
      } catch {
        /* a listener's failure never stops the guard */
      }
    }
  }
}

function showOnTop(host: PopoverHost, again: boolean): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (safeMatches(host, ':popover-open')) {
      if (!again) return;
      host.hidePopover?.();
    }
    host.showPopover();
  } catch {
    /* not connected, or refused: the visibility check reports it */
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

const shadowRoots = new WeakMap<Element, ShadowRoot>();

/** ui-host.ts tells the guard each host's closed shadow root (for the hit test). */
export function rememberShadow(host: Element, shadow: ShadowRoot): void {
  shadowRoots.set(host, shadow);
}

function shadowOf(host: Element): ShadowRoot | undefined {
  return shadowRoots.get(host);
}

const guards = new WeakMap<Document, HostGuard>();

/** The one guard of a document. */
export function hostGuardFor(doc: Document): HostGuard {
  let guard = guards.get(doc);
  if (!guard) {
    guard = new HostGuard(doc);
    guards.set(doc, guard);
  }
  return guard;
}
