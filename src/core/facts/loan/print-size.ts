// How prominently a block is printed, from markup only (tags and inline font sizes): enough to
// tell a headline "日息0.02%" from an APR tucked into a footnote. Class names are not read:
// they say nothing reliable about size.

export type PrintSize = 'large' | 'normal' | 'small';

const LARGE_TAGS = new Set(['H1', 'H2', 'H3']);
const SMALL_TAGS = new Set(['SMALL', 'SUB', 'SUP', 'FOOTER']);
const FONT_SIZE = /font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)/i;
const ANCESTOR_DEPTH = 4;

function inlineFontPx(el: Element): number | null {
  const m = FONT_SIZE.exec(el.getAttribute('style') ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  return unit === 'px' ? n : unit === 'pt' ? n * (4 / 3) : n * 16;
}

/** Size of the text of `block`: its own tag and style, its nearest ancestors', and any sized child. */
export function printSize(block: Element): PrintSize {
  let px: number | null = null;
  for (let cur: Element | null = block, depth = 0; cur && depth <= ANCESTOR_DEPTH; cur = cur.parentElement, depth++) {
    if (LARGE_TAGS.has(cur.tagName)) return 'large';
    if (SMALL_TAGS.has(cur.tagName)) return 'small';
    px ??= inlineFontPx(cur);
  }
  // A big number inside a normal line ("日息<b style='font-size:40px'>0.02%</b>") is large print.
  for (const child of Array.from(block.querySelectorAll('[style*="font-size"]')).slice(0, 20)) {
    const childPx = inlineFontPx(child);
    if (childPx !== null && childPx >= 20) return 'large';
  }
  if (block.querySelector('small') && block.children.length === 1) return 'small';
  if (px === null) return 'normal';
  if (px >= 20) return 'large';
  return px <= 12 ? 'small' : 'normal';
}
