// The space a marker takes in the page's own text. A marker drawn over the page would cover the
// words next to it (issue 17); instead an empty inline box of the marker's size goes at the end
// of the evidence's text, the page's lines flow around it, and the marker (in our top-layer
// host, out of the page's reach) is drawn exactly over that box. The box carries no text and
// is marked as ours (own-ui.ts), so the scanner and the change observer skip it.
import { markOwnUi } from '../core/read/own-ui';
import { pinHostStyle } from './ui-host';

export const SLOT_TAG = 'mingbai-marker-slot';

/** Elements that cannot hold an inline box of ours: the slot goes right after them instead. */
export const SLOT_AFTER: ReadonlySet<string> = new Set([
  'IMG',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'SVG',
  'svg',
  'BR',
  'HR',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'UL',
  'OL',
  'DL',
  'OBJECT',
  'EMBED',
  'PROGRESS',
  'METER',
  'OPTION',
  'BUTTON',
  'PICTURE',
]);

export function createMarkerSlot(doc: Document): HTMLElement {
  const slot = doc.createElement(SLOT_TAG);
  markOwnUi(slot);
  slot.setAttribute('aria-hidden', 'true');
  // An empty closed shadow root: the page cannot put anything into the box (slotted children
  // of a shadow host without a <slot> are not shown).
  slot.attachShadow({ mode: 'closed' });
  return slot;
}

/** Size the slot like its marker and put it at the end of `element`'s text (or after it). */
export function placeMarkerSlot(slot: HTMLElement, element: Element, width: number, height: number): void {
  pinHostStyle(slot, {
    display: 'inline-block',
    position: 'static',
    width: `${Math.ceil(width)}px`,
    height: `${Math.ceil(height)}px`,
    'min-width': '0',
    'max-width': 'none',
    'vertical-align': 'middle',
    margin: '0 0 0 6px',
    'z-index': 'auto',
    float: 'none',
  });
  const after = SLOT_AFTER.has(element.tagName) && element.parentNode;
  if (after) {
    if (element.nextSibling !== slot) element.after(slot);
  } else if (element.lastChild !== slot) {
    element.append(slot);
  }
}
