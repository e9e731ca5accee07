// The page's raw text for the quick read (classify/quick-read.ts): every text node outside
// scripts, styles and templates, hidden ones included, in document order. In a browser it
// comes from a few native Range reads: a fresh content script runs its own loops in V8's
// interpreter, the DOM's calls run compiled. Elsewhere (jsdom, whose Range text is a script and
// quadratic; linkedom, which has none) a walk over the nodes gives the same string.
import type { TimeSlicer } from '../shared/time-slicer';

/**
 * Elements whose text is never page text and can be large (inline JSON, CSS). The other tags the
 * snapshot skips (svg, textarea, video …) rarely hold text: theirs counts, which only raises the
 * bound, and a selector of four tags matches in a third of the time of fifteen.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NOT_TEXT_SELECTOR = [...NOT_TEXT].map((tag) => tag.toLowerCase()).join(',');

/** Where a left-out element was: "\n", which no signal phrase holds. */
export const CUT = '\n';

/** With a slicer, pauses between the query for the left-out elements and each stretch's read. */
export async function rawPageText(root: Element, slicer: TimeSlicer | null = null): Promise<string> {
  return nativeRangeText(root.ownerDocument) ? rangeText(root, slicer) : walkedText(root);
}

/** Whether this DOM reads a Range's text in native code (a browser's does). */
function nativeRangeText(doc: Document): boolean {
  const proto = doc.defaultView?.Range?.prototype;
  const own = proto && Object.getOwnPropertyDescriptor(proto, 'toString');
  return typeof own?.value === 'function' && Function.prototype.toString.call(own.value).includes('[native code]');
}

/** One Range per stretch between two left-out elements. */
export async function rangeText(root: Element, slicer: TimeSlicer | null = null): Promise<string> {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  const parts: string[] = [];
  let skipped: Element | null = null;
  const leftOut = Array.from(root.querySelectorAll(NOT_TEXT_SELECTOR));
  for (const el of leftOut) {
    if (!NOT_TEXT.has(el.nodeName) || skipped?.contains(el)) continue;
    if (slicer?.due()) {
      await slicer.pause();
      // The page went on meanwhile: an element it removed no longer cuts anything.
      if (!root.contains(el)) continue;
    }
    range.setEndBefore(el);
    parts.push(range.toString());
    range.setStartAfter(el);
    skipped = el;
  }
  if (slicer?.due()) await slicer.pause();
  range.setEnd(root, root.childNodes.length);
  parts.push(range.toString());
  return parts.join(CUT);
}

export function walkedText(root: Element): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && NOT_TEXT.has(node.nodeName)) text += CUT;
    else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}
