// The line boxes of a page's own visible text (Range.getClientRects of every text node outside
// Mingbai's UI hosts), in viewport coordinates: what our UI must never cover. Run in the page
// (`page.evaluate(readPageTextRects)` in either browser): it closes over nothing.

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The start of the node's text, for failure messages. */
  text: string;
}

export function readPageTextRects(): TextRect[] {
  const out: TextRect[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (
      !text.trim() ||
      !parent ||
      parent.closest('[data-mingbai-ui]') ||
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/.test(parent.tagName)
    )
      continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width > 0.5 && r.height > 0.5)
        out.push({ x: r.left, y: r.top, width: r.width, height: r.height, text: text.trim().slice(0, 40) });
    }
  }
  return out;
}
