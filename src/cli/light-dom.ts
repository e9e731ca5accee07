// HTML → Document with linkedom: about 20× faster than jsdom on saved pages (decision 0018).
// linkedom builds the tree and runs selectors; it has no CSS cascade and lacks a few form
// properties the core reads. Those are added here, to linkedom's own classes (never the core):
// - input.type / checked / required and label.control, as the HTML spec (and jsdom) define them;
// - element.checkVisibility(), which the core prefers to getComputedStyle. It answers "visible"
//   only when no rule that could hide the element or an ancestor matches; otherwise it marks the
//   document `needsReferenceDom`, and scan-file.ts scans that page again with jsdom. So findings
//   never depend on which DOM read the page.
import {
  Element as LinkedElement,
  HTMLElement as LinkedHtmlElement,
  HTMLInputElement as LinkedInput,
  HTMLSelectElement as LinkedSelect,
  parseHTML,
} from 'linkedom';
import { DEFAULT_HIDING_SELECTORS, hidingSelectors } from './css-hiding-rules';

const INPUT_TYPES = new Set([
  'hidden',
  'text',
  'search',
  'tel',
  'url',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
  'range',
  'color',
  'checkbox',
  'radio',
  'file',
  'submit',
  'image',
  'reset',
  'button',
]);
const LABELABLE = new Set(['BUTTON', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA']);

function isLabelable(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).type !== 'hidden';
  return LABELABLE.has(el.tagName);
}

interface PageStyle {
  /** All selectors that may hide, as one list, or null when that list does not parse. */
  combined: string | null;
  each: string[];
  /** Set once any answer depended on CSS this module does not evaluate. */
  uncertain: boolean;
}

const styles = new WeakMap<Document, PageStyle>();

function pageStyle(doc: Document): PageStyle {
  let style = styles.get(doc);
  if (!style) {
    const each = [...DEFAULT_HIDING_SELECTORS];
    for (const sheet of Array.from(doc.getElementsByTagName('style'))) each.push(...hidingSelectors(sheet.textContent ?? ''));
    style = { combined: each.join(','), each, uncertain: false };
    styles.set(doc, style);
  }
  return style;
}

/** True unless no rule that could hide `el` matches it (a selector we cannot run counts as matching). */
function mayBeHiddenByRules(el: Element, style: PageStyle): boolean {
  if (style.combined !== null) {
    try {
      return el.matches(style.combined) || false;
    } catch {
      style.combined = null; // one selector linkedom cannot run: ask them one by one from now on
    }
  }
  return style.each.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return true;
    }
  });
}

const INLINE_DISPLAY_OR_VISIBILITY = /(?:^|[;\s])(?:display|visibility)\s*:/i;

function checkVisibility(this: Element): boolean {
  const style = pageStyle(this.ownerDocument);
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk up starts at the element itself
  for (let cur: Element | null = this; cur; cur = cur.parentElement) {
    // An inline display/visibility, or a rule that may hide: the cascade decides, so jsdom does.
    const inline = cur.getAttribute('style');
    if ((inline !== null && INLINE_DISPLAY_OR_VISIBILITY.test(inline)) || mayBeHiddenByRules(cur, style)) {
      style.uncertain = true;
      return true;
    }
  }
  return true;
}

let installed = false;

function installShims(): void {
  if (installed) return;
  installed = true;
  const define = (proto: object, name: string, descriptor: PropertyDescriptor) =>
    Object.defineProperty(proto, name, { configurable: true, ...descriptor });
  define(LinkedInput.prototype, 'type', {
    get(this: Element) {
      const type = (this.getAttribute('type') ?? '').toLowerCase();
      return INPUT_TYPES.has(type) ? type : 'text';
    },
  });
  // Saved pages are never interacted with: checkedness is the `checked` attribute.
  define(LinkedInput.prototype, 'checked', {
    get(this: Element) {
      return this.hasAttribute('checked');
    },
  });
  define(LinkedInput.prototype, 'required', {
    get(this: Element) {
      return this.hasAttribute('required');
    },
  });
  // The value of a parsed field is its attribute, with line breaks stripped (the HTML spec's value
  // sanitisation for text-like fields; email and url also trim).
  define(LinkedInput.prototype, 'value', {
    get(this: HTMLInputElement) {
      const attribute = this.getAttribute('value');
      if (this.type === 'checkbox' || this.type === 'radio') return attribute ?? 'on';
      const value = (attribute ?? '').replace(/[\r\n]/g, '');
      return this.type === 'email' || this.type === 'url' ? value.trim() : value;
    },
  });
  const optionsOf = (select: Element): Element[] =>
    Array.from(select.children).flatMap((child) =>
      child.tagName === 'OPTION'
        ? [child]
        : child.tagName === 'OPTGROUP'
          ? Array.from(child.children).filter((o) => o.tagName === 'OPTION')
          : [],
    );
  define(LinkedSelect.prototype, 'options', {
    get(this: Element) {
      return optionsOf(this);
    },
  });
  // The HTML spec's selectedness: the last option marked selected (the first in a multiple
  // select), else the first option that is not disabled in a drop-down, else none.
  define(LinkedSelect.prototype, 'selectedIndex', {
    get(this: Element) {
      const options = optionsOf(this);
      const marked = options.map((o, i) => (o.hasAttribute('selected') ? i : -1)).filter((i) => i >= 0);
      const multiple = this.hasAttribute('multiple');
      if (marked.length) return multiple ? marked[0]! : marked[marked.length - 1]!;
      if (multiple || Number(this.getAttribute('size') ?? 0) > 1) return -1;
      return options.findIndex(
        (o) =>
          !o.hasAttribute('disabled') && !(o.parentElement?.tagName === 'OPTGROUP' && o.parentElement.hasAttribute('disabled')),
      );
    },
  });
  // linkedom builds <label> as a plain HTMLElement: the property is there for labels only.
  define(LinkedHtmlElement.prototype, 'control', {
    get(this: Element): Element | null | undefined {
      if (this.tagName !== 'LABEL') return undefined;
      const forId = this.getAttribute('for');
      if (forId !== null) {
        const root = this.getRootNode() as Document;
        const target = typeof root.getElementById === 'function' ? root.getElementById(forId) : null;
        return target && isLabelable(target) ? target : null;
      }
      for (const el of Array.from(this.querySelectorAll('*'))) if (isLabelable(el)) return el;
      return null;
    },
  });
  define(LinkedElement.prototype as object, 'checkVisibility', { value: checkVisibility, writable: true });
}

/** Elements the HTML parser keeps in <head> when they come before any body content. */
const HEAD_CONTENT = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * linkedom keeps a fragment as it is written ("<p>x</p>" has no <html> or <body>); the HTML
 * parser (jsdom, browsers) always builds html > head + body, and the core starts from body.
 */
function completeStructure(doc: Document): void {
  let html = doc.documentElement as Element | null;
  if (!html || html.tagName !== 'HTML') {
    html = doc.createElement('html');
    for (const node of Array.from(doc.childNodes)) if (node.nodeType !== 10 /* doctype */) html.appendChild(node);
    doc.appendChild(html);
  }
  const children = Array.from(html.childNodes);
  let head = children.find((n) => (n as Element).tagName === 'HEAD') as Element | undefined;
  let body = children.find((n) => (n as Element).tagName === 'BODY') as Element | undefined;
  if (head && body) return;
  head ??= doc.createElement('head');
  body ??= doc.createElement('body');
  let inBody = false;
  for (const node of children) {
    if (node === head || node === body) {
      inBody ||= node === body;
      continue;
    }
    const tag = (node as Element).tagName;
    const headLike =
      node.nodeType === 8 /* comment */ ||
      (node.nodeType === 3 && !/\S/.test(node.nodeValue ?? '')) ||
      (tag !== undefined && HEAD_CONTENT.has(tag));
    (inBody || !headLike ? body : head).appendChild(node);
    if (!headLike) inBody = true;
  }
  html.insertBefore(head, html.firstChild);
  html.appendChild(body);
}

export function parseLight(html: string): Document {
  installShims();
  const doc = parseHTML(html).document;
  completeStructure(doc);
  return doc;
}

/** True when a scan of `doc` asked about visibility that CSS may decide (rescan with jsdom). */
export function needsReferenceDom(doc: Document): boolean {
  return styles.get(doc)?.uncertain ?? false;
}
