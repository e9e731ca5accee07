// What the snapshot reads from markup alone: which elements are hidden or never read, which
// tags make a text block, the page's meta data and whether it is structured like news.
// Split from snapshot.ts, which re-exports the public names.
import { isOwnUi, OWN_UI_ATTRIBUTE } from './own-ui';

export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'TEXTAREA',
  'AUDIO',
  'VIDEO',
]);

// Elements whose text forms one block. Inline children (span, em, b, a ...) join their block,
// so "<span>日息</span><em>0.02%</em>" reads as "日息0.02%". A <label> is inline too: with the field
// it labels ("<label>服务费</label><input value="30元">") it reads as one line.
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Elements whose text, or whose very presence, stands apart from the text around them: a block,
 * a line break, a picture, a form field or its label. Where a block's text runs across one (the
 * block's text resumes after a nested block; a label's text sits inside a sentence), the
 * snapshot records a gap (PageSnapshot.gaps) and quotes mark it. Matching still sees the text
 * joined, as a reader does ("<label>服务费</label><input value="30元">" is one line).
 */
export const SEPARATE_TAGS = new Set([
  ...BLOCK_TAGS,
  'BR',
  'HR',
  'IMG',
  'INPUT',
  'LABEL',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'OBJECT',
  'EMBED',
  'PICTURE',
  'METER',
  'PROGRESS',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Words in an id or class that name a countdown when no pack gives its own (pack grammar `page.timerName`). */
export const DEFAULT_TIMER_WORDS: readonly string[] = ['countdown', 'count-down', 'timer'];

/**
 * Elements whose id or class contains one of `words`, as one selector. The walk asks every
 * element with attributes; matched natively, the question hands the content script no string
 * (reading and lower-casing every element's id and class was 1.8 MB promoted to the old
 * generation on the 100k page, decision 0013). CSS's `i` flag is ASCII case-insensitive.
 */
export function timerSelector(words: readonly string[]): string {
  const quoted = words.map((word) => `"${word.replace(/["\\]/g, '\\$&')}" i`);
  return ['id', 'class'].flatMap((attribute) => quoted.map((word) => `[${attribute}*=${word}]`)).join(',') || ':not(*)';
}

export const TIMER_SELECTOR = timerSelector(DEFAULT_TIMER_WORDS);
// The extension's own UI is never read: recognised by identity (own-ui.ts), not by its
// attribute, which a page can copy to hide its own text.
export { OWN_UI_ATTRIBUTE } from './own-ui';

/** Hidden by markup, for an element whose tag is known: the walk's hot path. */
export function isHiddenTag(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attribute at all: one call instead of five.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || (el.hasAttribute(OWN_UI_ATTRIBUTE) && isOwnUi(el))) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && INLINE_HIDDEN.test(style)) return true;
  return tag === 'INPUT' && (el as HTMLInputElement).type === 'hidden';
}

export function isHiddenByMarkup(el: Element): boolean {
  return isHiddenTag(el, el.tagName);
}

/** True when `el` or one of its ancestors is hidden by markup: for snapshots of a subtree. */
export function hasHiddenAncestor(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isHiddenByMarkup(cur)) return true;
  }
  return false;
}

// Module-level regexes: a literal inside the function would be a new RegExp object per call,
// and collapse runs once per block.
const WHITESPACE_RUN = /\s+/g;
export const NON_SPACE = /\S/;

export const collapse = (s: string) => s.replace(WHITESPACE_RUN, ' ').trim();

/** The file name at the end of a URL's path, decoded: part of what describes an image. */
export function fileName(src: string | null): string {
  if (!src) return '';
  const query = src.indexOf('?');
  const hash = src.indexOf('#');
  const end = Math.min(query < 0 ? src.length : query, hash < 0 ? src.length : hash);
  const name = src.slice(src.lastIndexOf('/', end - 1) + 1, end);
  if (!name.includes('%')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function computedVisibility(el: Element): boolean {
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

const META = 'meta[name], meta[property], meta[itemprop]';
const NEWS_ITEM = '[itemtype*="NewsArticle"], [itemtype*="BlogPosting"], article time';
const LINKED_DATA = 'script[type="application/ld+json"]';
const NEWS_LINKED_DATA = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)"/;

export interface PageMarkup {
  /** Meta tags by name, property or itemprop (lower-cased), the first of each, 500 characters at most. */
  meta: Record<string, string>;
  /** News structure: og:type=article, a publication date, NewsArticle microdata or linked data, <article> with <time>. */
  articleMarkup: boolean;
}

/** Meta tags and news structure in one query: each query walks the whole page (10–14 ms at 100k elements). */
export function readPageMarkup(doc: Document): PageMarkup {
  const meta: Record<string, string> = {};
  let structured = false;
  for (const el of Array.from(doc.querySelectorAll(`${META}, ${NEWS_ITEM}, ${LINKED_DATA}`))) {
    if (el.matches(META)) {
      const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const content = el.getAttribute('content');
      if (key && content && !(key in meta)) meta[key] = content.slice(0, 500);
    }
    if (structured) continue;
    if (el.matches(NEWS_ITEM)) structured = true;
    else if (el.matches(LINKED_DATA)) structured = NEWS_LINKED_DATA.test(el.textContent ?? '');
  }
  const articleMarkup =
    meta['og:type']?.toLowerCase() === 'article' ||
    !!(meta['article:published_time'] || meta['pubdate'] || meta['publishdate']) ||
    structured;
  return { meta, articleMarkup };
}
