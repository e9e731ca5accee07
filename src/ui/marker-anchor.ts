// Where a marker sits: just after the first line of the evidence's text, like a note in the
// margin of that line. Block elements span the whole width, so their box says little about
// where the words are; a Range over the text does. Form controls are marked at their label.
import type { VirtualElement } from '@floating-ui/dom';
import { labelForSelector } from '../core/read/snapshot-labels';

const VOID_TAGS = new Set(['IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'VIDEO', 'CANVAS', 'IFRAME', 'SVG', 'svg']);

/** The element whose text the marker annotates. */
export function annotatedElement(evidence: Element): Element {
  if (evidence.tagName === 'INPUT') {
    const input = evidence as HTMLInputElement;
    return labelNear(input) ?? input.parentElement ?? input;
  }
  return evidence;
}

// How many ancestors' subtrees are searched for a <label for> before the whole tree is.
const NEAR_LEVELS = 3;

/**
 * A label of `input`: the enclosing <label>, else a <label for> looked for near the box first.
 * Not `input.labels`: Chromium builds that list by walking the whole document, 3–4 ms per box
 * on a 100k-element page, and a marker needs only one label.
 */
export function labelNear(input: HTMLInputElement): Element | null {
  const enclosing = input.closest('label');
  if (enclosing && isLabelOf(enclosing, input)) return enclosing;
  if (!input.id) return null;
  const selector = labelForSelector(input.id);
  let scope: Element | null = input.parentElement;
  for (let level = 0; scope && level < NEAR_LEVELS; level++, scope = scope.parentElement) {
    const near = firstLabelOf(scope.querySelectorAll(selector), input);
    if (near) return near;
  }
  // Far away or missing: one search of the tree, which stops at the first match.
  const root = input.getRootNode() as Document | ShadowRoot;
  if (typeof root.querySelector !== 'function') return null;
  const first = root.querySelector(selector);
  if (!first || isLabelOf(first, input)) return first;
  return firstLabelOf(root.querySelectorAll(selector), input);
}

function firstLabelOf(candidates: NodeListOf<Element>, input: HTMLInputElement): Element | null {
  for (const label of Array.from(candidates)) if (isLabelOf(label, input)) return label;
  return null;
}

// `control` is the browser's own answer (an enclosing label may belong to another box by `for`,
// and `for` names the first element with that id, not necessarily this box).
function isLabelOf(label: Element, input: HTMLInputElement): boolean {
  const control = (label as HTMLLabelElement).control;
  return control === undefined ? true : control === input;
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
