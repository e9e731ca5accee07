// The characters every match of a pack pattern holds, read off its automaton (pattern-nfa.ts):
// a text without one of them cannot match, so a reader may skip compiling the pattern for that
// text. The quick read's title look-up compiled a `u` pattern on every page (about 55 µs in a
// fresh content script, what-we-tried.md), for titles that rarely hold its 店.
import { buildPatternNfa, type PatternNfa } from './pattern-nfa';

/** Whether the automaton reaches its end without an edge that reads only `codePoint`. */
function acceptsWithout(nfa: PatternNfa, codePoint: number): boolean {
  // Every edge goes to a higher state: one pass in state order finds all that is reachable.
  const reached = new Uint8Array(nfa.size);
  reached[0] = 1;
  for (let state = 0; state < nfa.size; state++) {
    if (!reached[state]) continue;
    for (const next of nfa.epsilon[state] ?? []) reached[next] = 1;
    const edge = nfa.charEdge[state];
    if (edge && !(edge.ranges.length === 2 && edge.ranges[0] === codePoint && edge.ranges[1] === codePoint)) reached[edge.to] = 1;
  }
  // The pattern's end is the last state laid out.
  return reached[nfa.size - 1] === 1;
}

/**
 * The characters every match of `source` (a `u`-flag pattern) holds, in the order they first
 * appear in it. Empty when the pattern needs none, or is not one the automaton can lay out.
 */
export function patternNeeds(source: string): string[] {
  let nfa: PatternNfa;
  try {
    nfa = buildPatternNfa(source);
  } catch {
    return [];
  }
  const candidates = new Set<number>();
  for (const edge of nfa.charEdge)
    if (edge?.ranges.length === 2 && edge.ranges[0] === edge.ranges[1]) candidates.add(edge.ranges[0] as number);
  return [...candidates]
    .filter((codePoint) => !acceptsWithout(nfa, codePoint))
    .map((codePoint) => String.fromCodePoint(codePoint));
}
