// The host guard in jsdom (no popovers, no layout): re-attachment in layer order, the bounded
// fight with a page that keeps removing, and the hidden signal. The browsers' parts (top layer,
// inert, modal dialogs) are in the hostile-page E2E suites.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostGuard, LAYER_ATTRIBUTE, rememberShadow } from '../../../src/ui/host-guard';
import { markOwnUi } from '../../../src/core/read/own-ui';

const LIMITS = { maxRepairs: 3, windowMs: 10_000, firstBackoffMs: 1000, maxBackoffMs: 4000 };

function host(layer: number): HTMLElement {
  const el = document.createElement('div');
  markOwnUi(el);
  el.setAttribute(LAYER_ATTRIBUTE, String(layer));
  document.documentElement.append(el);
  return el;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('HostGuard', () => {
  let guard: HostGuard | null = null;
  afterEach(() => {
    guard?.forgetAll();
    guard = null;
    document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
    document.documentElement.removeAttribute('inert');
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('puts a removed host back under <html>, below the hosts of higher layers', async () => {
    guard = new HostGuard(document, LIMITS);
    const banner = host(0);
    const markers = host(1);
    guard.add(banner);
    guard.add(markers);
    banner.remove();
    await flush();
    expect(banner.parentNode).toBe(document.documentElement);
    const order = Array.from(document.documentElement.children).filter((el) => el.hasAttribute('data-mingbai-ui'));
    expect(order).toEqual([banner, markers]);
  });

  it('takes a host back out of a hidden element the page moved it into', async () => {
    guard = new HostGuard(document, LIMITS);
    const h = host(1);
    guard.add(h);
    const hideout = document.createElement('div');
    hideout.style.display = 'none';
    document.body.append(hideout);
    hideout.append(h);
    await flush();
    expect(h.parentNode).toBe(document.documentElement);
  });

  it('leaves alone a host that we removed ourselves', async () => {
    guard = new HostGuard(document, LIMITS);
    const h = host(1);
    guard.add(h);
    guard.delete(h);
    h.remove();
    await flush();
    expect(h.isConnected).toBe(false);
  });

  it('does not fight for ever: past maxRepairs it backs off, reports hidden, and tries again later', async () => {
    vi.useFakeTimers();
    guard = new HostGuard(document, LIMITS);
    const hidden = vi.fn();
    guard.onHiddenChange(hidden);
    const h = host(1);
    guard.add(h);
    // The page removes our host each time it comes back.
    const fighter = new MutationObserver(() => h.isConnected && h.remove());
    fighter.observe(document.documentElement, { childList: true });
    h.remove();
    for (let i = 0; i < 20; i++) await vi.advanceTimersByTimeAsync(0);
    expect(h.isConnected).toBe(false);
    expect(hidden).toHaveBeenLastCalledWith(true);
    expect(guard.isHidden).toBe(true);
    // The page gives up: after the back-off the host is back, and seen again.
    fighter.disconnect();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.parentNode).toBe(document.documentElement);
    await vi.advanceTimersByTimeAsync(200);
    expect(hidden).toHaveBeenLastCalledWith(false);
  });

  it('a page that opens and closes <details> or dialogs often is not a fight: no back-off, no "!"', async () => {
    vi.useFakeTimers();
    guard = new HostGuard(document, LIMITS);
    const hidden = vi.fn();
    guard.onHiddenChange(hidden);
    guard.add(host(0));
    const details = document.createElement('details');
    const dialog = document.createElement('dialog');
    document.body.append(details, dialog);
    for (let i = 0; i < 50; i++) {
      details.toggleAttribute('open');
      dialog.toggleAttribute('open'); // a non-modal dialog: ours are shown again above it
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(hidden).not.toHaveBeenCalledWith(true);
    expect(guard.isHidden).toBe(false);
  });

  it("hit-tests what we show, not a marker we hid ourselves (not yet placed, or under the page's bar)", async () => {
    vi.useFakeTimers();
    guard = new HostGuard(document, LIMITS);
    const layer = host(1);
    const shadow = layer.attachShadow({ mode: 'closed' });
    rememberShadow(layer, shadow);
    const hiddenMarker = document.createElement('button');
    hiddenMarker.style.setProperty('visibility', 'hidden');
    const shownMarker = document.createElement('button');
    shadow.append(hiddenMarker, shownMarker);
    const box = (left: number) => () => ({ left, top: 10, width: 20, height: 20, right: left + 20, bottom: 30 }) as DOMRect;
    hiddenMarker.getBoundingClientRect = box(10);
    shownMarker.getBoundingClientRect = box(100);
    const pageText = document.body.appendChild(document.createElement('p'));
    // What a browser answers: the hidden marker's place shows the page, the shown one's shows our layer.
    const hitTest = vi.fn((x: number) => (x < 50 ? pageText : layer));
    Object.defineProperty(document, 'elementFromPoint', { value: hitTest, configurable: true });
    try {
      guard.add(layer);
      await vi.advanceTimersByTimeAsync(500);
      expect(hitTest).toHaveBeenCalledWith(110, 20);
      expect(hitTest).not.toHaveBeenCalledWith(20, 20);
      expect(guard.isHidden).toBe(false);
    } finally {
      delete (document as { elementFromPoint?: unknown }).elementFromPoint;
    }
  });

  it('reports the UI hidden while <html> is inert, and seen again after', async () => {
    vi.useFakeTimers();
    guard = new HostGuard(document, LIMITS);
    const hidden = vi.fn();
    guard.onHiddenChange(hidden);
    guard.add(host(0));
    await vi.advanceTimersByTimeAsync(200);
    expect(guard.isHidden).toBe(false);
    document.documentElement.setAttribute('inert', '');
    await vi.advanceTimersByTimeAsync(200);
    expect(hidden).toHaveBeenLastCalledWith(true);
    document.documentElement.removeAttribute('inert');
    await vi.advanceTimersByTimeAsync(200);
    expect(hidden).toHaveBeenLastCalledWith(false);
  });
});
