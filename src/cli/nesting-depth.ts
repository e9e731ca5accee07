// jsdom's parser walks every ancestor for each inserted node and recurses per level: a page
// nested thousands of levels deep (hostile or broken) takes minutes, then overflows the stack.
// Browsers cap parser depth (Blink at 512). We estimate the depth with a cheap tag scan and
// refuse such pages before jsdom sees them.

/** Far beyond real pages (tens of levels), far below where jsdom overflows (~8,000). */
export const MAX_NESTING_DEPTH = 2000;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
// Elements whose end tag may be left out: not counted, so unclosed <p> and <li> do not add up.
const OPTIONAL_END = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rtc',
  'rp',
  'html',
  'head',
  'body',
]);

// Comments and raw-text elements are skipped whole: the tags inside them are not elements.
const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;

/** Estimated element nesting depth; stops counting once it passes `stopAt`. */
export function estimateNestingDepth(html: string, stopAt = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let max = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (m[2]) depth = Math.max(0, depth - 1);
    else if (!m[4]) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) break;
    }
  }
  return max;
}
