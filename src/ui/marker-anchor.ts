// Where a marker sits: just after the first line of the evidence's text, like a note in the
// margin of that line. Block elements span the whole width, so their box says little about
// where the words are; a Range over the text does. Form controls are marked at their label.
import type { VirtualElement } from '@floating-ui/dom';

const VOID_TAGS = new Set(['IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'VIDEO', 'CANVAS', 'IFRAME', 'SVG', 'svg']);

/** The element whose text the marker annotates. */
export function annotatedElement(evidence: Element): Element {
  if (evidence.tagName === 'INPUT') {
    const input = evidence as HTMLInputElement;
    return input.labels?.[0] ?? input.parentElement ?? input;
  }
  return evidence;
}

/** The box of the first line of `el`'s text (several inline runs on it joined), or `el`'s box. */
export function firstLineRect(el: Element): DOMRect {
  const box = el.getBoundingClientRect();
  if (VOID_TAGS.has(el.tagName) || !el.ownerDocument.createRange) return box;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const rects = Array.from(range.getClientRects?.() ?? []).filter((r) => r.width > 0 && r.height > 0);
  range.detach?.();
  const first = rects[0];
  if (!first) return box;
  let left = first.left;
  let right = first.right;
  let top = first.top;
  let bottom = first.bottom;
  for (const r of rects) {
    // Same line: vertically overlapping the first run by more than half its height.
    if (Math.min(bottom, r.bottom) - Math.max(top, r.top) < first.height / 2) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  const ViewRect = el.ownerDocument.defaultView?.DOMRect;
  return ViewRect ? new ViewRect(left, top, right - left, bottom - top) : box;
}

export function markerReference(evidence: Element): VirtualElement {
  const target = annotatedElement(evidence);
  return { getBoundingClientRect: () => firstLineRect(target), contextElement: target };
}
