// An upper bound on the work a backtracking engine (V8's Irregexp, SpiderMonkey's copy of it)
// can do for one pattern at one start position, whatever the text. A backtracking engine walks
// the tree of partial paths through the pattern's automaton that agree with the text read so far;
// each node of that tree is visited at most once per start position. So the number of such
// partial paths, over every prefix of the text, bounds the work, and the scan of a page costs at
// most (this bound) × (the page's length): linear, with a constant we cap per pattern.
//
// Counting: `paths[s]` is the number of paths that read the text so far and stand at state s.
// Reading one more character c gives step_c(paths), then the epsilon closure. Both are linear
// with non-negative coefficients, so taking, state by state, the largest count over every c
// gives a vector at least as large as that of any text: an upper bound that does not depend on
// the text. Characters are only told apart where some edge of the pattern does (one
// representative per class of code points that every edge treats alike).
//
// recheck (the ReDoS checker) calls `(?:a{1,12}){1,12}$` safe, rightly for its question (the
// growth is not in the text's length), while V8 takes 12^12 steps on 40 `a`s and a `!`. This
// bound counts exactly that constant, so the loader can refuse it.
import type { PatternNfa, Ranges } from './pattern-nfa';

function contains(ranges: Ranges, c: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < (ranges[2 * mid] as number)) hi = mid - 1;
    else if (c > (ranges[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** One code point per class of code points that every character edge treats alike. */
function representatives(nfa: PatternNfa): number[] {
  const cuts = new Set<number>([0]);
  for (const edge of nfa.charEdge) {
    if (!edge) continue;
    for (let i = 0; i < edge.ranges.length; i += 2) {
      cuts.add(edge.ranges[i] as number);
      cuts.add((edge.ranges[i + 1] as number) + 1);
    }
  }
  return [...cuts].filter((c) => c <= 0x10ffff).sort((a, b) => a - b);
}

/** Paths standing at each state (only states with some). */
type Counts = Map<number, number>;

/** The automaton with what the counting needs precomputed. */
interface Prepared {
  nfa: PatternNfa;
  /** For each state with a character edge, the indices (into the representatives) it accepts. */
  accepts: Array<Uint16Array | undefined>;
  /** For each state, the states its epsilon edges lead to and by how many paths (itself once). */
  closures: Array<Counts | undefined>;
}

function prepare(nfa: PatternNfa): Prepared {
  const reps = representatives(nfa);
  const accepts = nfa.charEdge.map((edge) => {
    if (!edge) return undefined;
    const list: number[] = [];
    reps.forEach((c, i) => {
      if (contains(edge.ranges, c)) list.push(i);
    });
    return Uint16Array.from(list);
  });
  return { nfa, accepts, closures: new Array<Counts | undefined>(nfa.size) };
}

/** Epsilon closure of one state, with path counts; edges go to higher states, so this recursion ends. */
function closureOf(prepared: Prepared, state: number): Counts {
  const known = prepared.closures[state];
  if (known) return known;
  const counts: Counts = new Map([[state, 1]]);
  for (const t of prepared.nfa.epsilon[state] as number[]) {
    for (const [u, n] of closureOf(prepared, t)) counts.set(u, (counts.get(u) ?? 0) + n);
  }
  prepared.closures[state] = counts;
  return counts;
}

/** The counts after reading one character, for each group of characters the active edges treat alike. */
function successors(prepared: Prepared, paths: Counts): Counts[] {
  const { nfa, accepts } = prepared;
  // For each representative, the states with paths whose edge accepts it.
  const byRep = new Map<number, number[]>();
  for (const s of paths.keys()) {
    const list = accepts[s];
    if (!list) continue;
    for (const r of list) {
      const states = byRep.get(r);
      if (states) states.push(s);
      else byRep.set(r, [s]);
    }
  }
  const groups = new Map<string, number[]>();
  for (const states of byRep.values()) groups.set(states.join(','), states);
  return [...groups.values()].map((accepting) => {
    const after: Counts = new Map();
    for (const s of accepting) {
      const n = paths.get(s) as number;
      for (const [u, m] of closureOf(prepared, (nfa.charEdge[s] as { to: number }).to)) after.set(u, (after.get(u) ?? 0) + n * m);
    }
    return after;
  });
}

const sum = (paths: Counts) => {
  let total = 0;
  for (const n of paths.values()) total += n;
  return total;
};

/** Raises `into` to at least `from`, state by state. */
function maxInto(into: Counts, from: Counts): void {
  for (const [s, n] of from) if (n > (into.get(s) ?? 0)) into.set(s, n);
}

/**
 * Upper bound on the partial paths a backtracking engine can try from one start position, or
 * the first value above `stopAbove` reached while counting (the count stops there).
 */
export function backtrackBound(nfa: PatternNfa, stopAbove = Infinity): number {
  const prepared = prepare(nfa);
  let paths = closureOf(prepared, 0);
  let total = sum(paths);
  // The automaton is acyclic, so no path reads more characters than it has states.
  for (let read = 0; read < nfa.size && total <= stopAbove; read++) {
    const options = successors(prepared, paths);
    if (!options.length) break;
    const next: Counts = new Map();
    for (const after of options) maxInto(next, after);
    paths = next;
    total += sum(paths);
  }
  return total;
}

/** The states a count vector has paths at. */
const supportOf = (paths: Counts) => [...paths.keys()].sort((a, b) => a - b).join(' ');

/** Distinct sets of states kept per length before supportBound gives up. */
const MAX_SUPPORTS = 4_096;

/**
 * A tighter upper bound than backtrackBound(), for patterns whose branches start with different
 * characters (which backtrackBound() adds up as if one text could take them all). Texts are
 * followed in groups: those that leave paths at the same set of states (like the states of a
 * DFA built by subset construction) share one count vector, the largest of theirs state by
 * state, and the largest running total. Within a group this overstates as backtrackBound() does;
 * texts that reach different states are never added together. Returns null when the groups
 * grow past MAX_SUPPORTS in one step, or once the count passes `stopAbove`.
 */
export function supportBound(nfa: PatternNfa, stopAbove = Infinity): number | null {
  const prepared = prepare(nfa);
  const first = closureOf(prepared, 0);
  let frontier = new Map<string, { paths: Counts; total: number }>([[supportOf(first), { paths: first, total: sum(first) }]]);
  let worst = sum(first);
  for (let read = 0; read < nfa.size && frontier.size; read++) {
    const next = new Map<string, { paths: Counts; total: number }>();
    for (const { paths, total } of frontier.values()) {
      for (const after of successors(prepared, paths)) {
        const reached = total + sum(after);
        if (reached > worst) worst = reached;
        if (worst > stopAbove) return null;
        const key = supportOf(after);
        const seen = next.get(key);
        if (!seen) next.set(key, { paths: after, total: reached });
        else {
          maxInto(seen.paths, after);
          seen.total = Math.max(seen.total, reached);
        }
      }
      if (next.size > MAX_SUPPORTS) return null;
    }
    frontier = next;
  }
  return worst;
}
