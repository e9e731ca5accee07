// fast-check arbitraries for pack patterns: the known catastrophic shapes, and random patterns
// built from a small grammar (literals, classes, alternations, bounded and unbounded repeats,
// nesting) over a tiny alphabet, where ambiguity, and so backtracking, is likely.
import fc from 'fast-check';

/** Shapes that make backtracking engines take exponential or huge polynomial time. */
export const CATASTROPHIC = [
  '(a+)+',
  '(?:a+)+$',
  '(a|a)*',
  '(?:a|a)*$',
  '(a|aa)+',
  '(?:a|aa)+$',
  '(?:a{1,12}){1,12}$',
  '(?:a{1,12}){1,12}',
  '(.*a){12}',
  '(?:.*a){12}',
  '(?:.{0,12}a){12}',
  '(\\w+\\s?)+$',
  '(?:\\w{1,16}\\s?){1,16}$',
  '(?:\\d{1,9}\\d{1,9}){1,9}x',
  '(?:a|a?){1,32}b',
  '(?:[a-z]{1,8}[a-z]{1,8}){1,8}!',
  '(?:a{0,5}){1,40}$',
  '(?:\\s?\\s?){1,30}x',
  '\\d{1,64}\\d{1,64}\\d{1,64}x',
];

const atom = fc.constantFrom('a', 'b', '\\d', '\\w', '\\s', '.', '[ab]', '[^a]', '元', '😀', '(?:a|aa)', '(?:a|b)', '(?:a?)');
/** Mostly bounded repeats (those the loader must judge by cost), sometimes unbounded ones. */
const quantifier = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('', '?', '{1,3}', '{1,12}', '{0,16}', '{2}', '{1,64}', '{0,8}', '{4,9}') },
  { weight: 1, arbitrary: fc.constantFrom('*', '+', '{3,}') },
);

export const randomPattern: fc.Arbitrary<string> = fc.letrec<{ pattern: string; seq: string; item: string }>((tie) => ({
  pattern: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|')),
  seq: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
  item: fc.oneof(
    { depthSize: 'small' },
    { weight: 3, arbitrary: fc.tuple(atom, quantifier).map(([a, q]) => a + q) },
    { weight: 1, arbitrary: fc.tuple(tie('pattern'), quantifier).map(([p, q]) => `(?:${p})${q}`) },
  ),
})).pattern;
