// Where a marker is drawn. On a page we may move (page-room.ts) it is a slot of the marker's
// size in the page's text, and the marker covers only that (marker-slot.ts). On a page too large
// to move, nothing is inserted: the marker sits just after the last character of the evidence,
// where a line usually ends, and covers at most what follows on that line.
import type { VirtualElement } from '@floating-ui/dom';
import { isOwnUi } from '../core/read/own-ui';
import { createMarkerSlot, placeMarkerSlot, SLOT_AFTER } from './marker-slot';
import type { UiLayout } from './page-room';

/** The gap between the end of the evidence's text and a marker laid over the page. */
const GAP_PX = 6;

export interface MarkerPlace {
  readonly reference: Element | VirtualElement;
  /** Give the place the marker's size (a slot) or nothing. */
  fit(width: number, height: number): void;
  /** floating-ui's main-axis offset for placement 'right', given the reference's width. */
  offset(referenceWidth: number): number;
  /** A slot in the text, sized like the marker; otherwise the marker lies over the page. */
  readonly takesRoom: boolean;
  /** The box a page bar could lie over (marker-layer.ts hit-tests its centre). */
  box(): DOMRect;
  /** Whether an element found at the box's centre is the place itself rather than a cover. */
  isPlace(hit: Element): boolean;
  remove(): void;
}

export function markerPlace(doc: Document, element: Element, layout: UiLayout): MarkerPlace {
  return layout === 'room' ? slotPlace(doc, element) : textEndPlace(element);
}

function slotPlace(doc: Document, element: Element): MarkerPlace {
  const slot = createMarkerSlot(doc);
  return {
    reference: slot,
    fit: (width, height) => placeMarkerSlot(slot, element, width, height),
    // Exactly over the slot.
    offset: (referenceWidth) => -referenceWidth,
    takesRoom: true,
    box: () => slot.getBoundingClientRect(),
    isPlace: (hit) => hit === slot || hit.contains(slot),
    remove: () => slot.remove(),
  };
}

/** The last text node with something to read in `root`, skipping our own UI. */
function lastText(root: Node): Text | null {
  for (let node = root.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.trim()) return node as Text;
    if (node.nodeType === Node.ELEMENT_NODE && !isOwnUi(node as Element)) {
      const found = lastText(node);
      if (found) return found;
    }
  }
  return null;
}

function textEndPlace(element: Element): MarkerPlace {
  const doc = element.ownerDocument;
  let text: Text | null = null;
  // The evidence's last character, or the whole element for one without text of its own (a
  // checkbox, an image).
  const lastCharacter = (): DOMRect => {
    if (!SLOT_AFTER.has(element.tagName) && !text?.isConnected) text = lastText(element);
    if (!text || !element.contains(text)) return element.getBoundingClientRect();
    const range = doc.createRange();
    const end = text.data.trimEnd().length;
    range.setStart(text, Math.max(0, end - 1));
    range.setEnd(text, end);
    const last = range.getClientRects()[0];
    // Text that is not drawn (in a hidden child): the element's own box instead.
    return last && (last.width > 0 || last.height > 0) ? last : element.getBoundingClientRect();
  };
  return {
    // A zero-width box at the right edge of that character: the marker goes just after it.
    reference: {
      getBoundingClientRect: () => {
        const r = lastCharacter();
        return new DOMRect(r.right, r.top, 0, r.height);
      },
      contextElement: element,
    },
    fit: () => undefined,
    offset: () => GAP_PX,
    takesRoom: false,
    box: lastCharacter,
    // The place is the evidence's own text: anything inside the evidence (or holding it) is it.
    isPlace: (hit) => hit === element || element.contains(hit) || hit.contains(element),
    remove: () => undefined,
  };
}
