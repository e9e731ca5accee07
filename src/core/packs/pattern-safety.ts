// Patterns in packs run over every page, so a pattern must not be able to freeze a tab. The
// rules, checked on the pattern parsed as the matcher compiles it (flag `u`):
// - every quantifier is bounded ({1,9}, not + or *): a regex engine retries a failed match at
//   each position, and an unbounded `\d+元` costs O(n²) on a long run of digits; with bounds a
//   match attempt has a fixed cost, so a scan stays linear in the page's length;
// - that fixed cost is small: at most MAX_PATHS partial paths per start position, whatever the
//   text (pattern-cost.ts proves the bound). Bounds alone are not enough: `(?:a{1,12}){1,12}$`
//   has only bounded quantifiers and takes 12^12 steps on 40 `a`s and a `!`;
// - no lookaround or backreference (not linear-time), no capturing group (it would shift the
//   combined matcher's group numbers), no empty match.
// The loader then test-runs every accepted pattern on hostile text (pattern-trial.ts).
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { backtrackBound, supportBound } from './pattern-cost';
import { buildPatternNfa, PatternShapeError } from './pattern-nfa';

/** The largest bound a quantifier may have. */
const MAX_BOUND = 64;
/** The most partial paths a pattern may make the engine try from one start position. */
export const MAX_PATHS = 10_000;

/** The proof is the slow part (up to a second for a large pattern): each source once per process. */
const cache = new Map<string, string | null>();

function parse(source: string): AST.Pattern {
  return new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
}

function shapeProblem(ast: AST.Pattern): string | null {
  let problem: string | null = null;
  const unbounded = (q: AST.Quantifier) => !Number.isFinite(q.max) || q.max > MAX_BOUND;
  let open = 0; // unbounded quantifiers around the current node
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      if (q.max !== Infinity) return;
      if (++open > 1) problem ??= 'nested unbounded quantifiers are not allowed (not linear-time)';
    },
    onQuantifierLeave(q) {
      if (q.max === Infinity) open--;
    },
  });
  if (problem) return problem;
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      if (!problem && unbounded(q))
        problem = `unbounded quantifiers (+, *, {n,}) are not allowed: use a bounded one such as {1,12} (at most {0,${MAX_BOUND}}), so that every match attempt has a fixed cost`;
    },
  });
  return problem;
}

function costProblem(source: string): string | null {
  let nfa;
  try {
    nfa = buildPatternNfa(source);
  } catch (e) {
    if (e instanceof PatternShapeError) return `cannot be proven linear-time: ${e.message}`;
    throw e;
  }
  // The quick bound settles most patterns; the tighter one settles the rest.
  if (backtrackBound(nfa, MAX_PATHS) <= MAX_PATHS) return null;
  const bound = supportBound(nfa, MAX_PATHS);
  if (bound !== null && bound <= MAX_PATHS) return null;
  const count = bound === null ? `more than ${MAX_PATHS}` : String(bound);
  return `too costly: some text makes a regex engine try ${count} partial matches at each position (at most ${MAX_PATHS}); nested or consecutive repeats that can match the same text, such as (?:a{1,12}){1,12} or (?:a|aa){1,16}, multiply: make the branches start with different characters or lower the bounds`;
}

function uncachedProblem(source: string): string | null {
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
  let ast: AST.Pattern;
  try {
    ast = parse(source);
  } catch (e) {
    return `cannot be analysed: ${(e as Error).message}`;
  }
  const shape = shapeProblem(ast);
  if (shape) return shape;
  if (compiled.test('')) return 'the pattern matches the empty string';
  return costProblem(source);
}

/** Returns why the pattern is unsafe or invalid, or null when it may be used. */
export function patternProblem(source: string): string | null {
  let problem = cache.get(source);
  if (problem === undefined) {
    problem = uncachedProblem(source);
    if (cache.size > 5_000) cache.clear();
    cache.set(source, problem);
  }
  return problem;
}
