// The page's raw text for the quick read (classify/quick-read.ts): every text node under the
// root in document order, hidden ones included, with nothing between blocks: more than the
// snapshot reads, which only raises the quick read's upper bounds.
//
// Reading text costs the browser by the character (textContent and a Range's text alike, about
// 20–30 ns each in a fresh content script), reading one element's own text almost nothing. Many
// pages carry most of their characters in a few inline scripts (a news site's JSON state: 0.6–0.9
// of 0.7–1.1 million characters), so those few are left out, each by one Range boundary; smaller
// scripts and styles stay in the text, where leaving each out would cost more than reading it
// (docs/decisions/0006-quick-read.md). Where a Range's text is not native (the CLI's DOMs), a
// walk over the nodes gives the same string, so the CLI and the extension rule out the same pages.

/** What the quick read puts where it cut text out: "\n", which no signal phrase holds. */
export const CUT = '\n';

/** A script or style holding at least this many characters is left out of the raw text. */
export const LEFT_OUT_CHARS = 4096;
/** Elements the snapshot never reads, whose text can be large (inline JSON, CSS). */
const NOT_TEXT_SELECTOR = 'script,style';

export function rawPageText(root: Element): string {
  const large = largeScriptsIn(root);
  // Most pages have none: they never touch the Range interface, which a fresh content script would have to set up.
  if (!large.length) return root.textContent ?? '';
  return nativeRangeText(root.ownerDocument) ? textAround(root, large) : walkedTextAround(root, new Set(large));
}

/** Whether this DOM reads a Range's text in native code (a browser's does; jsdom's is a script, linkedom has none). */
function nativeRangeText(doc: Document): boolean {
  const proto = doc.defaultView?.Range?.prototype;
  const own = proto && Object.getOwnPropertyDescriptor(proto, 'toString');
  return typeof own?.value === 'function' && Function.prototype.toString.call(own.value).includes('[native code]');
}

/** The scripts and styles of LEFT_OUT_CHARS or more, outermost only, in document order. */
function largeScriptsIn(root: Element): Element[] {
  const candidates = root.querySelectorAll(NOT_TEXT_SELECTOR);
  const large: Element[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i] as Element;
    // One Text child, its string handed over as it is: no character is copied to measure it.
    if ((el.textContent?.length ?? 0) >= LEFT_OUT_CHARS && !large[large.length - 1]?.contains(el)) large.push(el);
  }
  return large;
}

/**
 * The root's text without the given elements: one Range read per stretch between two of them,
 * the stretches joined as they stand (the snapshot joins the text around a script too).
 */
function textAround(root: Element, leftOut: readonly Element[]): string {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  let text = '';
  for (const el of leftOut) {
    range.setEndBefore(el);
    text += range.toString();
    range.setStartAfter(el);
  }
  range.setEnd(root, root.childNodes.length);
  return text + range.toString();
}

/**
 * The same text by a walk over the nodes, where a Range's text is not native (the CLI's DOMs),
 * so that the CLI and the extension rule out the same pages.
 */
function walkedTextAround(root: Element, leftOut: ReadonlySet<Element>): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    // textContent's own: Text and CDATA sections.
    if (node.nodeType === 3 || node.nodeType === 4) text += (node as CharacterData).data;
    else if (node.nodeType === 1 && node.firstChild && !leftOut.has(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}

/** The browser's reading (one Range read per stretch), exported for tests in DOMs whose Range is not native. */
export function textOutsideLargeScriptsByRange(root: Element): string {
  const large = largeScriptsIn(root);
  return large.length ? textAround(root, large) : (root.textContent ?? '');
}
