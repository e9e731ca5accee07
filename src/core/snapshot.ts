// Reads the page ONCE: visible text grouped into blocks, form controls with their labels,
// headings, images, meta. Every later stage works from this snapshot, never from the DOM.
// Standard DOM only, so it runs in the content script, jsdom (CLI) and the tests.

export interface TextBlock {
  element: Element;
  text: string;
}

export interface Control {
  element: HTMLInputElement;
  type: 'checkbox' | 'radio';
  checked: boolean;
  required: boolean;
  disabled: boolean;
  label: string;
}

export interface ImageInfo {
  element: Element;
  /** alt, title and the file name of src, joined: enough to recognise a licence picture. */
  description: string;
}

export interface PageSnapshot {
  url: string;
  title: string;
  meta: Record<string, string>;
  blocks: TextBlock[];
  /** All block texts joined by "\n"; offsets[i] is where blocks[i] starts. */
  text: string;
  offsets: number[];
  controls: Control[];
  headings: TextBlock[];
  images: ImageInfo[];
  /** Elements whose class or id names a countdown or timer. */
  timerElements: Element[];
  /** og:type=article, NewsArticle markup or an <article> with a <time>: news-like structure. */
  articleMarkup: boolean;
  elementCount: number;
  /** Layout-aware visibility, checked lazily and only for elements that carry evidence. */
  isVisible(element: Element): boolean;
  /** Index of the block containing text offset `at`. */
  blockAt(at: number): number;
}

export interface SnapshotOptions {
  url?: string;
  /**
   * 'computed' also consults CSS (checkVisibility, or getComputedStyle in jsdom) for elements
   * that end up as evidence. 'attributes' trusts only hidden/aria-hidden/inline styles.
   */
  visibility?: 'attributes' | 'computed';
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SVG', 'svg', 'MATH', 'SELECT', 'TEXTAREA', 'AUDIO', 'VIDEO',
]);

// Elements whose text forms one block. Inline children (span, em, b, a ...) join their block,
// so "<span>日息</span><em>0.02%</em>" reads as "日息0.02%".
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HTML', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const TIMER_NAME = /count-?down|timer|倒计时/i;
/** The extension's own UI hosts carry this attribute and are never read. */
export const OWN_UI_ATTRIBUTE = 'data-mingbai-ui';

export function isHiddenByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && INLINE_HIDDEN.test(style)) return true;
  return el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden';
}

/** True when `el` or one of its ancestors is hidden by markup: for snapshots of a subtree. */
export function hasHiddenAncestor(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isHiddenByMarkup(cur)) return true;
  }
  return false;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function fileName(src: string | null): string {
  if (!src) return '';
  const clean = src.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1));
  } catch {
    return clean.slice(clean.lastIndexOf('/') + 1);
  }
}

function labelOf(input: HTMLInputElement): string {
  const aria = input.getAttribute('aria-label');
  if (aria) return collapse(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return collapse(text);
  }
  const labels = input.labels ? Array.from(input.labels) : [];
  const fromLabels = labels.map((l) => l.textContent ?? '').join(' ');
  if (fromLabels.trim()) return collapse(fromLabels).slice(0, 300);
  // Unlabelled box: what a person reads as its label is the text right after it, up to the
  // next control; failing that, its container's text when the box is alone in there.
  const after = textUntilNextControl(input);
  if (after) return after;
  const container = input.parentElement;
  if (container && container.querySelectorAll('input').length === 1) return collapse(container.textContent ?? '').slice(0, 300);
  return '';
}

function textUntilNextControl(input: Element): string {
  let text = '';
  for (let node = input.nextSibling; node && text.length < 300; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'INPUT' || el.tagName === 'BR' || el.querySelector('input')) break;
      if (isHiddenByMarkup(el)) continue;
    }
    text += node.textContent ?? '';
  }
  return collapse(text).slice(0, 300);
}

function computedVisibility(el: Element): boolean {
  const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function') {
    return withCheck.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const style = view.getComputedStyle(cur);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

function readMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property], meta[itemprop]'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = content.slice(0, 500);
  }
  return meta;
}

function hasArticleMarkup(doc: Document, meta: Record<string, string>): boolean {
  if (meta['og:type']?.toLowerCase() === 'article') return true;
  if (meta['article:published_time'] || meta['pubdate'] || meta['publishdate']) return true;
  if (doc.querySelector('[itemtype*="NewsArticle"], [itemtype*="BlogPosting"], article time')) return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)"/.test(s.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Snapshot a whole document, or only `root` (an incremental rescan of a changed subtree).
 * One TreeWalker pass; hidden subtrees are rejected whole.
 */
export function takeSnapshot(doc: Document, options: SnapshotOptions = {}, root: Element | null = null): PageSnapshot {
  const start = root ?? doc.body ?? doc.documentElement;
  const blockTexts = new Map<Element, string[]>();
  const blockOfElement = new Map<Element, Element>();
  const controls: Control[] = [];
  const images: ImageInfo[] = [];
  const headingEls: Element[] = [];
  const timerElements: Element[] = [];
  let elementCount = 0;

  const blockOf = (el: Element): Element => {
    const cached = blockOfElement.get(el);
    if (cached) return cached;
    let cur: Element = el;
    while (!BLOCK_TAGS.has(cur.tagName) && cur !== start && cur.parentElement) cur = cur.parentElement;
    blockOfElement.set(el, cur);
    return cur;
  };

  if (start && !(root && hasHiddenAncestor(root))) {
    const walker = doc.createTreeWalker(start, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) =>
        node.nodeType === 1 && isHiddenByMarkup(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
    });
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data.trim()) {
          const parent = node.parentElement;
          if (parent && data.length) blockTexts.get(blockOf(parent))?.push(' ');
          continue;
        }
        const parent = node.parentElement;
        if (!parent) continue;
        const block = blockOf(parent);
        const parts = blockTexts.get(block);
        if (parts) parts.push(data);
        else blockTexts.set(block, [data]);
        continue;
      }
      const el = node as Element;
      elementCount++;
      const tag = el.tagName;
      if (tag === 'INPUT') {
        const input = el as HTMLInputElement;
        if (input.type === 'checkbox' || input.type === 'radio') {
          controls.push({
            element: input,
            type: input.type,
            checked: input.checked,
            required: input.required,
            disabled: input.disabled,
            label: labelOf(input),
          });
        }
      } else if (tag === 'IMG') {
        const description = [el.getAttribute('alt'), el.getAttribute('title'), fileName(el.getAttribute('src'))]
          .filter(Boolean)
          .join(' ');
        if (description) images.push({ element: el, description });
      } else if (HEADING_TAGS.has(tag)) {
        headingEls.push(el);
      }
      const idAndClass = `${el.id} ${el.getAttribute('class') ?? ''}`;
      if (idAndClass.length > 1 && TIMER_NAME.test(idAndClass)) timerElements.push(el);
    }
  }

  const blocks: TextBlock[] = [];
  const offsets: number[] = [];
  let text = '';
  for (const [element, parts] of blockTexts) {
    const joined = collapse(parts.join(''));
    if (!joined) continue;
    if (blocks.length) text += '\n';
    offsets.push(text.length);
    text += joined;
    blocks.push({ element, text: joined });
  }
  const byElement = new Map(blocks.map((b) => [b.element, b] as const));
  const headings = headingEls.map((el) => byElement.get(el) ?? { element: el, text: collapse(el.textContent ?? '') });

  const meta = readMeta(doc);
  const computed = options.visibility === 'computed';
  const visibility = new Map<Element, boolean>();

  return {
    url: options.url ?? doc.URL ?? '',
    title: collapse(doc.title ?? ''),
    meta,
    blocks,
    text,
    offsets,
    controls,
    headings,
    images,
    timerElements,
    articleMarkup: hasArticleMarkup(doc, meta),
    elementCount,
    isVisible(element) {
      if (!computed) return true;
      let known = visibility.get(element);
      if (known === undefined) {
        known = computedVisibility(element);
        visibility.set(element, known);
      }
      return known;
    },
    blockAt(at) {
      let lo = 0;
      let hi = offsets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((offsets[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
