import type { LexiconHit } from '../match/lexicon-matcher';
import type { PageSnapshot } from '../read/snapshot';
import type { Evidence } from '../shared/types';

const CONTEXT = 30;
/** The longest character (grapheme) a cut looks around for: a family emoji is 11 code units. */
const GRAPHEME_WINDOW = 32;

type GraphemeSegmenter = { segment(s: string): Iterable<{ index: number }> };
let segmenter: GraphemeSegmenter | null | undefined;

/**
 * Made on first use, never when the module loads: a renderer's first `Intl.Segmenter` loads
 * ICU's break rules, 15–27 ms, and at load it was most of the content script's evaluation on
 * every page, inside the page's load (what-we-tried.md, issue 19).
 */
function graphemeSegmenter(): GraphemeSegmenter | null {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/** Code points that join the character before them: ZWJ, variation selectors, keycap, skin tones, marks. */
// eslint-disable-next-line no-misleading-character-class -- the class lists exactly those joining code points
const EXTENDS = /^[\u200d\ufe0e\ufe0f\u20e3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\p{M}]/u;

/**
 * Moves a cut at `i` in `text` off the middle of a character as the reader sees it (a surrogate
 * pair, an emoji sequence, a letter with its accents): back towards the start when `toward` is
 * -1, on towards the end when it is 1. Looks only at a small window around the cut, so a huge
 * block costs no more than a short one.
 */
export function graphemeCut(text: string, i: number, toward: -1 | 1): number {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(i, text.length));
  const segmenter = graphemeSegmenter();
  if (segmenter) {
    const from = Math.max(0, i - GRAPHEME_WINDOW);
    let before = from;
    let after = Math.min(text.length, i + GRAPHEME_WINDOW);
    for (const { index } of segmenter.segment(text.slice(from, Math.min(text.length, i + GRAPHEME_WINDOW)))) {
      const at = from + index;
      if (at <= i) before = at;
      else {
        after = at;
        break;
      }
    }
    if (before === i) return i;
    return toward < 0 ? before : after;
  }
  // No Intl.Segmenter: at least never split a surrogate pair or cut before a joining code point.
  let at = i;
  const inside = (k: number) =>
    k > 0 &&
    k < text.length &&
    (/[\uDC00-\uDFFF]/.test(text[k] as string) || EXTENDS.test(text.slice(k)) || text[k - 1] === '\u200d');
  while (inside(at)) at += toward;
  return at;
}

/**
 * Put between two pieces of page text that are not one run on the page (the text of separate
 * elements: PageSnapshot.gaps, or two blocks): a quote never runs them together unmarked.
 */
export const GAP_MARK = ' … ';

/** Gap offsets of the snapshot in [lo, hi) (offsets in snapshot.text). */
function gapsIn(snapshot: PageSnapshot, lo: number, hi: number): number[] {
  const gaps = snapshot.gaps;
  if (!gaps || !gaps.length) return [];
  let a = 0;
  let b = gaps.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((gaps[mid] as number) < lo) a = mid + 1;
    else b = mid;
  }
  const out: number[] = [];
  for (let i = a; i < gaps.length && (gaps[i] as number) < hi; i++) out.push(gaps[i] as number);
  return out;
}

/** Block `block`'s text from `from` to `to` (offsets in the block), with its gaps marked by GAP_MARK. */
export function markedBlockText(snapshot: PageSnapshot, block: number, from: number, to: number): string {
  const blockStart = snapshot.offsets[block] ?? 0;
  const blockText = snapshot.blockText(block);
  const pieces: string[] = [];
  let at = from;
  for (const gap of gapsIn(snapshot, blockStart + from + 1, blockStart + to)) {
    pieces.push(blockText.slice(at, gap - blockStart));
    at = gap - blockStart;
  }
  pieces.push(blockText.slice(at, to));
  return pieces
    .map((piece, i) => (i > 0 ? piece.trimStart() : piece))
    .map((piece, i, all) => (i < all.length - 1 ? piece.trimEnd() : piece))
    .filter((piece) => piece)
    .join(GAP_MARK);
}

/** A short, readable piece of the block around [start, end) of snapshot.text. */
export function snippetAround(snapshot: PageSnapshot, block: number, start: number, end: number): string {
  const blockStart = snapshot.offsets[block] ?? 0;
  const blockText = snapshot.blockText(block);
  const from = graphemeCut(blockText, Math.max(0, start - blockStart - CONTEXT), -1);
  const to = graphemeCut(blockText, Math.min(blockText.length, end - blockStart + CONTEXT), 1);
  return `${from > 0 ? '…' : ''}${markedBlockText(snapshot, block, from, to)}${to < blockText.length ? '…' : ''}`;
}

export function hitEvidence(snapshot: PageSnapshot, hit: LexiconHit, fact: string): Evidence {
  return {
    text: snippetAround(snapshot, hit.block, hit.start, hit.end),
    element: snapshot.blockElement(hit.block),
    fact,
  };
}

/** Evidence for a whole block, trimmed to a readable length. */
export function blockEvidence(snapshot: PageSnapshot, block: number, fact: string): Evidence {
  const text = snapshot.blockText(block);
  const limit = 2 * CONTEXT + 20;
  const cut = text.length > limit ? graphemeCut(text, limit, -1) : text.length;
  const quoted = markedBlockText(snapshot, block, 0, cut);
  return { text: cut < text.length ? `${quoted}…` : quoted, element: snapshot.blockElement(block), fact };
}

/**
 * `text` cut to at most `max` code units on a character boundary, for facts that quote a label or
 * an image description (`label.slice(0, 80)` could leave half an emoji).
 */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, graphemeCut(text, max, -1));
}
