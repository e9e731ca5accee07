// Patterns in packs run over every page, so they must run in linear time. We parse them with
// `ret` (the parser safe-regex uses) and reject an unbounded repetition nested inside another
// (star height > 1: the classic catastrophic-backtracking shape). Unlike safe-regex we do not
// count `?` or small bounded repeats as stars, so "\d+(?:\.\d+)?" stays allowed.
import ret, { types, type Group, type Root, type Token } from 'ret';

/** A bounded repeat above this many iterations counts as unbounded. */
const LARGE_BOUND = 16;

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
  if (compiled.test('')) return 'the pattern matches the empty string';
  return null;
}
