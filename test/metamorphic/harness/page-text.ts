// Which parts of a page are its text: the text nodes a reader sees, not scripts, styles,
// templates or the insides of form controls (whose markup the HTML parser would not keep).
const NOT_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'TEXTAREA',
  'TITLE',
  'OPTION',
  'SELECT',
  'IFRAME',
  'SVG',
  'MATH',
]);

export function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        if ((child as Text).data.trim() !== '') out.push(child as Text);
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase())) {
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** An element a reader does not see: hidden by attribute, inline style or the page's CSS. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** "tag.class" for edit logs. */
export function describeElement(el: Element): string {
  const cls = el.getAttribute('class')?.trim().split(/\s+/)[0];
  return el.tagName.toLowerCase() + (cls ? `.${cls}` : '');
}

/** A short quote of some text for edit logs. */
export function quote(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

/** A short quote of the text around one position (where an edit happened). */
export function quoteAround(text: string, index: number, max = 32): string {
  const start = Math.max(0, index - 8);
  const flat = text.slice(start, start + max).replace(/\s+/g, ' ');
  return JSON.stringify(`${start > 0 ? '…' : ''}${flat}${start + max < text.length ? '…' : ''}`);
}

/** The page as HTML again (the doctype keeps jsdom in standards mode, as for the fixture). */
export function serialize(doc: Document): string {
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

/** The element whose children are the page's sections: <main>, [role=main], or a lone wrapper. */
export function sectionContainers(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const out: Element[] = [body];
  const main = body.querySelector('main, [role="main"]');
  if (main) out.push(main);
  else {
    const kids = movableChildren(body);
    if (kids.length === 1 && kids[0]) out.push(kids[0]);
  }
  return out;
}

const NOT_MOVABLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META']);

/** Element children that are page content (not scripts or styles). */
export function movableChildren(el: Element): Element[] {
  return Array.from(el.children).filter((c) => !NOT_MOVABLE.has(c.tagName.toUpperCase()));
}
