// The second line of defence behind the cost proof (pattern-safety.ts): before a pack is
// accepted, each of its patterns is run, as the page matcher runs it (flags `gu`, retried one
// character further after each match), over hostile text made from its own characters: long
// runs of each of them, cycles of all of them, and those runs cut off by a character the
// pattern never uses (the shape that makes a backtracking engine try everything, as in
// `aaaa…a!`). A pattern whose runs take longer than the budget is refused. Every pattern that
// reaches the trial has a proven bound, so the trial itself cannot hang.
import { nextSearchFrom } from '../match/lexicon-matcher';
import { buildPatternNfa } from './pattern-nfa';

/** Length of each hostile text. */
export const TRIAL_CHARS = 4_096;
/** Time all of a pattern's trial texts may take together. Generous: real patterns take < 5 ms. */
export const TRIAL_BUDGET_MS = 250;

/** Code points that the pattern's character edges start with (one per range), at most `limit`. */
function alphabet(source: string, limit: number): string[] {
  const chars = new Set<number>();
  for (const edge of buildPatternNfa(source).charEdge) {
    if (!edge) continue;
    for (let i = 0; i < edge.ranges.length && chars.size < limit; i += 2) {
      const from = edge.ranges[i] as number;
      // A range starting at U+0000 (a negated class) is better shown by a letter inside it.
      chars.add(from === 0 && (edge.ranges[i + 1] as number) >= 0x61 ? 0x61 : from);
    }
  }
  return [...chars].map((c) => String.fromCodePoint(c));
}

/** The hostile texts for a pattern, each about `chars` long. */
export function trialTexts(source: string, chars = TRIAL_CHARS): string[] {
  const letters = alphabet(source, 48);
  const stopper = '\u0001';
  const fill = (unit: string) => unit.repeat(Math.ceil(chars / Math.max(1, unit.length)));
  const texts = letters.map((c) => fill(c) + stopper);
  const cycle = letters.join('');
  if (cycle) texts.push(fill(cycle) + stopper, fill(cycle + ' ') + stopper);
  return texts;
}

/** Runs the pattern as the page matcher does; returns how many matches it found. */
function runLikeTheMatcher(regex: RegExp, text: string): number {
  let found = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    regex.lastIndex = nextSearchFrom(text, m.index);
    found++;
  }
  return found;
}

export interface TrialResult {
  /** Milliseconds all texts took. */
  ms: number;
  /** The length of the slowest text and how long it took. */
  slowest: { chars: number; ms: number };
}

/** Runs a pattern (already proven bounded) over its hostile texts and times it. */
export function trialRun(source: string, now: () => number = () => performance.now()): TrialResult {
  const regex = new RegExp(source, 'gu');
  let ms = 0;
  let slowest = { chars: 0, ms: 0 };
  for (const text of trialTexts(source)) {
    const start = now();
    runLikeTheMatcher(regex, text);
    const took = now() - start;
    ms += took;
    if (took >= slowest.ms) slowest = { chars: text.length, ms: took };
    if (ms > TRIAL_BUDGET_MS) break;
  }
  return { ms, slowest };
}

/** Patterns that passed the default budget: stored packs are validated again on every read. */
const passed = new Set<string>();

/** Why the pattern fails its trial, or null when it ran within the budget. */
export function trialProblem(source: string, budgetMs = TRIAL_BUDGET_MS): string | null {
  if (budgetMs === TRIAL_BUDGET_MS && passed.has(source)) return null;
  const { ms, slowest } = trialRun(source);
  if (ms <= budgetMs) {
    if (budgetMs === TRIAL_BUDGET_MS && passed.size < 5_000) passed.add(source);
    return null;
  }
  return `too slow on hostile text: ${Math.round(ms)} ms over its trial texts (budget ${budgetMs} ms; the slowest, ${slowest.chars} characters, took ${Math.round(slowest.ms)} ms)`;
}
