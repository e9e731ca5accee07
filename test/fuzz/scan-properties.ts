// What must hold for any page, however odd: used by the seed-fixed run in `npm run test:unit`
// (scan-fuzz.test.ts) and by the long run (`npm run fuzz -- --runs 10000`).
// - the scan neither throws nor takes longer than PAGE_BUDGET_MS;
// - every quoted piece of evidence is page text: each part of the quote (parts separated by the
//   gap mark " … ", ellipses at the ends trimmed) occurs in the page's text, where the page's
//   text is its text nodes and its images' descriptions, whitespace collapsed, with block
//   boundaries kept (a quote may not run across one unmarked);
// - no quote holds a split character: no lone surrogate, and no cut inside an emoji sequence
//   (a quote neither starts with a joiner, a variation selector or a skin-tone modifier, nor
//   ends with a joiner);
// - Mingbai's own words are kept apart: Evidence.text is page text only (whatever Mingbai says
//   about it goes in Evidence.note), so a quote with any wording of its own fails the check.
// - a note is never the quote: every piece of evidence has page text of its own.
import { parseHtml } from '../../src/cli/parse-html';
import type { Ruleset } from '../../src/core/evaluate/ruleset';
import { scanDocument } from '../../src/core/scan';
import { fileName } from '../../src/core/read/snapshot-markup';
import { PAGE_KINDS } from '../../src/core/facts/domain-catalog';
import type { PageKind, ScanResult } from '../../src/core/shared/types';

export const PAGE_BUDGET_MS = 5_000;

/** The gap mark between pieces of text from separate elements. */
export const GAP = ' … ';

// As the snapshot collapses (snapshot-markup.ts).
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Marks where one block of text ends and another starts, while pageText() walks. */
const BOUNDARY = Symbol('block boundary');
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
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
  'HR',
  'IMG',
  'INPUT',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SELECT',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TITLE',
  'TR',
  'UL',
]);

/**
 * The page's text as a reader meets it: text nodes in order, a boundary wherever a block
 * (paragraph, cell, label, image…) starts or ends, whitespace collapsed; then the images' alt
 * texts, each on its own. Inline elements (<b>, <span>) join their text without a boundary.
 */
export function pageText(doc: Document): PageText {
  const out: Array<string | typeof BOUNDARY> = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    const block = BLOCK.has(tag);
    if (block) out.push(BOUNDARY);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push(BOUNDARY);
  };
  walk(doc.documentElement);
  // An image is described by its alt text, title and file name (snapshot.ts describeImages).
  for (const img of doc.querySelectorAll('img'))
    out.push(
      BOUNDARY,
      [img.getAttribute('alt'), img.getAttribute('title'), fileName(img.getAttribute('src'))].filter(Boolean).join(' '),
      BOUNDARY,
    );
  const segments: string[] = [];
  let current = '';
  for (const piece of out) {
    if (piece !== BOUNDARY) current += piece;
    else {
      if (current.trim()) segments.push(collapse(current));
      current = '';
    }
  }
  if (current.trim()) segments.push(collapse(current));
  return { segments, includes: (text) => segments.some((segment) => segment.includes(text)) };
}

/** The page's text, block by block: a quote must sit inside one block. */
export interface PageText {
  segments: string[];
  includes(text: string): boolean;
}

/** Splits `text` into the fewest pieces that each occur in `page`; null when some character does not. */
function piecesIn(text: string, page: PageText): string[] | null {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    // A space where two blocks meet belongs to neither.
    if (text[at] === ' ') {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && page.includes(text.slice(at, end + 1))) end++;
    if (!page.includes(text.slice(at, end))) return null;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/**
 * What is wrong with one piece of evidence text, or null. Kinds: `split` (a lone surrogate or a
 * cut emoji sequence), `join` (page text from separate blocks run together with no gap mark),
 * `foreign` (text the page does not have, such as Mingbai's own words presented as a quote).
 */
export function quoteProblem(evidence: string, page: PageText): { kind: 'split' | 'join' | 'foreign'; message: string } | null {
  for (const quote of [evidence]) {
    if (!quote.replace(/…/g, '').trim()) return { kind: 'foreign', message: 'a piece of evidence with no page text' };
    if (/\p{Cs}/u.test(quote.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
      return { kind: 'split', message: `lone surrogate in ${JSON.stringify(quote)}` };
    // eslint-disable-next-line no-misleading-character-class -- the class lists the joiners and modifiers a cut may strand
    if (/^…?[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]/u.test(quote) || /\u200d…?$/.test(quote))
      return { kind: 'split', message: `cut emoji sequence in ${JSON.stringify(quote)}` };
    const body = quote.replace(/^…/, '').replace(/…$/, '');
    for (const part of body.split(GAP)) {
      const wanted = collapse(part);
      if (!wanted || page.includes(wanted)) continue;
      const pieces = piecesIn(wanted, page);
      if (pieces && pieces.length > 1)
        return {
          kind: 'join',
          message: `separate pieces of page text run together without "${GAP}": ${JSON.stringify(pieces)} (in ${JSON.stringify(evidence)})`,
        };
      return { kind: 'foreign', message: `not page text: ${JSON.stringify(wanted)} (in ${JSON.stringify(evidence)})` };
    }
  }
  return null;
}

export interface PageCheck {
  result: ScanResult;
  ms: number;
  problems: Array<{ kind: 'time' | 'split' | 'join' | 'foreign'; message: string }>;
}

/** Scans one page (as `kind`, or classifying it) and checks every property. */
export async function checkPage(ruleset: Ruleset, html: string, kind?: PageKind): Promise<PageCheck> {
  const doc = parseHtml(html);
  const start = performance.now();
  const result = await scanDocument(ruleset, doc, kind ? { kind } : {});
  const ms = performance.now() - start;
  const problems: PageCheck['problems'] = [];
  if (ms > PAGE_BUDGET_MS)
    problems.push({ kind: 'time', message: `scan took ${Math.round(ms)} ms (budget ${PAGE_BUDGET_MS} ms)` });
  const page = pageText(doc);
  for (const finding of result.findings) {
    for (const evidence of finding.evidence) {
      const problem = quoteProblem(evidence.text, page);
      if (problem) problems.push({ kind: problem.kind, message: `${finding.risk}: ${problem.message}` });
    }
  }
  return { result, ms, problems };
}

export const KINDS: ReadonlyArray<PageKind | undefined> = [undefined, ...PAGE_KINDS];
