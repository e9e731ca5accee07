// Mingbai's own elements in the page (UI hosts, marker slots), known by identity. They also carry
// OWN_UI_ATTRIBUTE, but only as a name for styles and tests: a page can copy an attribute onto
// its own elements (to hide its text from the scan, or to pass its overlay off as ours), it
// cannot add an element to this set. The set lives on the content script's global under a
// registered symbol, so the content script and the page-UI chunk (two bundles, each with its own
// copy of this module) share one set. A page's scripts run in another world and never see it.
/** Every element of Mingbai's in-page UI carries it (a name for styles and tests, not proof). */
export const OWN_UI_ATTRIBUTE = 'data-mingbai-ui';

const KEY = Symbol.for('mingbai.ownUiElements');

function registry(): WeakSet<Element> {
  const global = globalThis as { [KEY]?: WeakSet<Element> };
  return (global[KEY] ??= new WeakSet<Element>());
}

/** Marks `el` as Mingbai's own (and gives it the attribute). */
export function markOwnUi(el: Element): void {
  registry().add(el);
  el.setAttribute(OWN_UI_ATTRIBUTE, '');
}

/** True only for an element markOwnUi marked: never for a page's copy of the attribute. */
export function isOwnUi(el: Element): boolean {
  return registry().has(el);
}

/** `el` or one of its ancestors is Mingbai's own. */
export function isInsideOwnUi(el: Element): boolean {
  // Only elements with the attribute can be ours: skip to those, then ask the set.
  for (let cur = el.closest(`[${OWN_UI_ATTRIBUTE}]`); cur; cur = cur.parentElement?.closest(`[${OWN_UI_ATTRIBUTE}]`) ?? null)
    if (isOwnUi(cur)) return true;
  return false;
}
