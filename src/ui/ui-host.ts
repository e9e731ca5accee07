// Every piece of in-page UI lives in a host element with a CLOSED shadow root, appended to
// <html> (never into the page's flow, so it cannot shift the layout). Page CSS cannot reach
// inside; the host itself is pinned with inline !important declarations, which beat the
// page's own !important rules (`* { display: none !important }`, `all: unset`, z-index wars).
import { isOwnUi, markOwnUi } from '../core/read/own-ui';
import { hostGuardFor, LAYER_ATTRIBUTE, rememberShadow } from './host-guard';

const shadows = new WeakMap<Element, ShadowRoot>();

/**
 * TEST-ONLY: the closed shadow root of a host this module created. The page cannot call it
 * (content scripts run in their own world); the unit tests use it to look inside.
 */
export function __shadowForTests(host: Element): ShadowRoot | undefined {
  return shadows.get(host);
}

/** TEST-ONLY: stop guarding the hosts of `doc`, so that a test can remove them as clean-up. */
export function __forgetHostsForTests(doc: Document): void {
  hostGuardFor(doc).forgetAll();
}

const MAX_Z = '2147483647';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/**
 * Stacking order of our hosts. All sit at the maximum z-index, so paint order among them (and
 * above a page element that also claims the maximum) follows DOM order: each host is inserted
 * before the first host of a higher layer. Banner < markers and popovers < modal dialog.
 */
export const UI_LAYER = { banner: 0, markers: 1, dialog: 2 } as const;

/** `hostStyle`: extra inline declarations (position, size), all set !important. */
export function createUiHost(
  doc: Document,
  tagName: string,
  css: string,
  hostStyle: Record<string, string>,
  layer: number = UI_LAYER.markers,
): UiHost {
  const { host, shadow } = newHost(doc, tagName);
  markOwnUi(host);
  host.setAttribute(LAYER_ATTRIBUTE, String(layer));
  const declarations = pinHostStyle(host, hostStyle);
  shadows.set(host, shadow);
  rememberShadow(host, shadow);
  applyShadowCss(doc, shadow, `${hostRule(declarations)}\n${css}`);
  const above = Array.from(doc.documentElement.children).find(
    (el) => isOwnUi(el) && Number(el.getAttribute(LAYER_ATTRIBUTE)) > layer,
  );
  doc.documentElement.insertBefore(host, above ?? null);
  raiseToTopLayer(host);
  // Put back if the page removes, moves or hides it (host-guard.ts).
  const guard = hostGuardFor(doc);
  guard.add(host);
  return {
    host,
    shadow,
    remove: () => {
      guard.delete(host);
      host.remove();
    },
  };
}

/**
 * The host element with its closed shadow root. A page can define a custom element of our tag
 * name whose constructor takes the shadow root first (attachShadow then throws): a <div>, which
 * no page can redefine, takes its place.
 */
function newHost(doc: Document, tagName: string): { host: HTMLElement; shadow: ShadowRoot } {
  try {
    const host = doc.createElement(tagName);
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const host = doc.createElement('div');
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  }
}

/**
 * Shows the host as a manual popover: in the top layer, above the page whatever its stacking
 * contexts, and rendered apart from it. A fixed host added to <html> made Chromium update the
 * paint properties of the whole page: 80–86 ms of PrePaint in the next frame on a page of 100k
 * elements, 0.2 ms from the top layer (decision 0008). Top-layer order is the order of
 * showing, so the hosts of higher layers, which follow in DOM order, are shown again after it.
 * Where popovers are missing (older engines, jsdom) the host stays as it is: still on top by
 * z-index and DOM order.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof (host as { showPopover?: unknown }).showPopover !== 'function') return;
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
    for (let after = host.nextElementSibling; after; after = after.nextElementSibling) {
      const next = after as HTMLElement;
      if (!isOwnUi(next) || typeof next.showPopover !== 'function' || !next.matches(':popover-open')) continue;
      next.hidePopover();
      next.showPopover();
    }
  } catch {
    // A document that refuses (not connected, a page that patched the API): z-index order it is.
    host.removeAttribute('popover');
  }
}

/**
 * The same declarations as a :host rule. It matters: for !important declarations the shadow
 * tree's own rules win over everything outside it, inline styles included, so a bare
 * `:host { all: initial !important }` would silently undo the inline position and size.
 */
function hostRule(declarations: Record<string, string>): string {
  const body = Object.entries(declarations)
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');
  return `:host { all: initial !important; ${body} }`;
}

export function pinHostStyle(host: HTMLElement, extra: Record<string, string>): Record<string, string> {
  const style = host.style;
  // `all` first: the longhands after it override it within the same inline block.
  style.setProperty('all', 'initial', 'important');
  const declarations: Record<string, string> = {
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    'z-index': MAX_Z,
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
    'pointer-events': 'none',
    margin: '0',
    padding: '0',
    border: '0',
    ...extra,
  };
  for (const [name, value] of Object.entries(declarations)) style.setProperty(name, value, 'important');
  return declarations;
}

function applyShadowCss(doc: Document, shadow: ShadowRoot, css: string): void {
  // A constructed sheet is immune to the page's CSP style-src; the <style> element is the
  // fallback where constructed sheets are missing or refused (older engines, Xray wrappers).
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    }
  } catch {
    /* the <style> below still applies */
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
