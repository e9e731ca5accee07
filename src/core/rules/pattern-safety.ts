// Patterns in packs run over every page, so they must run in linear time. Two rules, checked on
// the parsed pattern (`ret`, the parser safe-regex uses):
// - every quantifier is bounded ({1,9}, not + or *): a regex engine retries a failed match at
//   each position, and an unbounded `\d+元` costs O(n²) on a long run of digits; with bounds a
//   match attempt has a fixed cost, so a scan stays linear in the page's length;
// - no large repetition nested in another (star height > 1), the classic catastrophic shape.
// `?` and small bounds are fine, unlike in safe-regex, which counts `?` as a star.
import ret, { types, type Group, type Root, type Token } from 'ret';

/** A bounded repeat above this many iterations counts as large for the nesting check. */
const LARGE_BOUND = 16;
/** The largest bound a quantifier may have. */
const MAX_BOUND = 64;

function allBounded(token: Token | Root): boolean {
  if (token.type === types.REPETITION) {
    if (token.max === Infinity || token.max === null || token.max > MAX_BOUND) return false;
    return allBounded(token.value);
  }
  if (token.type === types.ROOT || token.type === types.GROUP) {
    const t = token as Root | Group;
    if (t.options) return t.options.every((stack) => stack.every(allBounded));
    return (t.stack ?? []).every(allBounded);
  }
  return true;
}

function starHeightOk(token: Token | Root, height: number): boolean {
  if (token.type === types.REPETITION) {
    const unbounded = token.max === Infinity || token.max === null || token.max > LARGE_BOUND;
    const h = unbounded ? height + 1 : height;
    if (h > 1) return false;
    return starHeightOk(token.value, h);
  }
  if (token.type === types.ROOT || token.type === types.GROUP) {
    const t = token as Root | Group;
    if (t.options) return t.options.every((stack) => stack.every((child) => starHeightOk(child, height)));
    return (t.stack ?? []).every((child) => starHeightOk(child, height));
  }
  return true;
}

/** Returns why the pattern is unsafe or invalid, or null when it may be used. */
export function patternProblem(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed (they are not linear-time)';
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, 'u');
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  if (/\(\?<?[=!]/.test(source)) return 'lookaround is not allowed';
  // Capturing groups would shift the combined matcher's group numbers: require (?:...).
  if (/(^|[^\\])\((?!\?:)/.test(source)) return 'use non-capturing groups (?:...) only';
  let tree: Root;
  try {
    tree = ret(source);
  } catch (e) {
    return `cannot be analysed: ${(e as Error).message}`;
  }
  if (!starHeightOk(tree, 0)) return 'nested unbounded quantifiers are not allowed (not linear-time)';
  if (!allBounded(tree))
    return `unbounded quantifiers (+, *, {n,}) are not allowed: use a bounded one such as {1,12} (at most {0,${MAX_BOUND}}), so that every match attempt has a fixed cost`;
  if (compiled.test('')) return 'the pattern matches the empty string';
  return null;
}
