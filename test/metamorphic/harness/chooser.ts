// Random choices for a transformation, drawn through fast-check's `gen()` so that a failing
// variant shrinks: every draw shrinks towards 0, and the transformations make 0 mean "leave
// this alone" (or "the first option"), so a shrunk counterexample names the fewest edits.
import fc from 'fast-check';

export interface Chooser {
  /** An integer in [0, n). */
  below(n: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
}

function itemAt<T>(items: readonly T[], i: number): T {
  if (i < 0 || i >= items.length) throw new RangeError(`no choice among ${items.length} items`);
  return items[i] as T;
}

/** `g` as handed out by `fc.gen()`. */
type Gen = (arb: typeof fc.nat, constraints: { max: number }) => number;

export function chooserFrom(g: Gen): Chooser {
  const below = (n: number) => (n <= 1 ? 0 : g(fc.nat, { max: n - 1 }));
  return { below, pick: (items) => itemAt(items, below(items.length)) };
}

/** Always the first option (for transformations, "change nothing"). */
export const firstChoices: Chooser = { below: () => 0, pick: (items) => itemAt(items, 0) };

/** Option n of every draw (or the last one, when there are fewer). */
export function fixedChoices(n: number): Chooser {
  return {
    below: (k) => Math.max(0, Math.min(n, k - 1)),
    pick: (items) => itemAt(items, Math.max(0, Math.min(n, items.length - 1))),
  };
}

/** Always the last option (for transformations, "change everything"). */
export const lastChoices: Chooser = { below: (n) => Math.max(0, n - 1), pick: (items) => itemAt(items, items.length - 1) };
