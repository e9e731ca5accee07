// The selectors under which a page's own <style> sheets may hide an element: every style rule
// that declares `display` or `visibility` with a value that can compute to `none` / `hidden`.
// Read with a small brace scanner, not a CSS engine: it only has to over-approximate. A rule it
// lists and an element matches does not mean "hidden"; it means "ask the reference DOM"
// (light-dom.ts), so specificity, !important and media queries never need deciding here.

/** Contents never style an element through getComputedStyle: skipped whole. */
const SKIPPED_AT_RULES =
  /^@(?:-[a-z]+-)?(?:keyframes|font-face|page|counter-style|property|font-feature-values|font-palette-values|view-transition|position-try)\b/i;
const DECLARATION = /(?:^|[;\s{])(display|visibility)\s*:\s*([^;}]*)/gi;
/** Values that cannot compute to display:none or visibility:hidden (inherit: the parent is checked too). */
const SAFE_DISPLAY =
  /^(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|flow-root|contents|list-item|table(?:-[a-z-]+)?|inline-table|ruby(?:-[a-z-]+)?|run-in|flow|-webkit-box|-webkit-inline-box|-ms-flexbox|-ms-inline-flexbox|inherit|initial|unset)(?:\s+(?:block|inline|flow|flow-root|list-item|flex|grid|table|ruby))*$/;
const SAFE_VISIBILITY = /^(?:visible|collapse|inherit|initial|unset)$/;

function mayHide(property: string, rawValue: string): boolean {
  const value = rawValue
    .replace(/!\s*important\s*$/i, '')
    .trim()
    .toLowerCase();
  return property.toLowerCase() === 'display' ? !SAFE_DISPLAY.test(value) : !SAFE_VISIBILITY.test(value);
}

/** Pseudo-elements never match an element (jsdom's getComputedStyle ignores such rules). */
const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i;

/** Selector texts (each may be a list) of the rules in `css` that may hide what they match. */
export function hidingSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const found = new Set<string>();
  // One entry per open block: its selector ('' for grouping at-rules), or null when skipped.
  const stack: Array<string | null> = [];
  let segmentStart = 0;
  const innermostSelector = (): string | null | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const entry = stack[i];
      if (entry === null) return null;
      if (entry) return entry;
    }
    return undefined;
  };
  const readDeclarations = (segment: string) => {
    const selector = innermostSelector();
    if (!selector) return;
    DECLARATION.lastIndex = 0;
    for (let m = DECLARATION.exec(segment); m; m = DECLARATION.exec(segment)) {
      if (mayHide(m[1]!, m[2]!)) {
        found.add(selector);
        return;
      }
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '{' && c !== '}') continue;
    const segment = text.slice(segmentStart, i);
    segmentStart = i + 1;
    if (c === '}') {
      readDeclarations(segment);
      stack.pop();
      continue;
    }
    // A block opens: the prelude is what follows the segment's last declaration.
    const cut = segment.lastIndexOf(';');
    if (cut >= 0) readDeclarations(segment.slice(0, cut + 1));
    const prelude = segment.slice(cut + 1).trim();
    if (stack.includes(null)) stack.push(null);
    else if (prelude.startsWith('@')) stack.push(SKIPPED_AT_RULES.test(prelude) ? null : '');
    else stack.push(prelude);
  }
  return [...found]
    .map((list) =>
      list
        .split(',')
        .filter((s) => !PSEUDO_ELEMENT.test(s))
        .join(','),
    )
    .filter((s) => s.trim());
}

/**
 * What the reference DOM's default sheet hides (jsdom's default-stylesheet.css, its "hidden
 * elements" section plus closed dialogs and popovers), widened where that is simpler.
 */
export const DEFAULT_HIDING_SELECTORS = [
  'dialog:not([open])',
  '[popover]',
  'area',
  'base',
  'basefont',
  'datalist',
  'head',
  'link',
  'meta',
  'noembed',
  'noframes',
  'param',
  'rp',
  'script',
  'style',
  'template',
  'title',
  '[hidden]',
  'input[type="hidden" i]',
  'noscript',
];
