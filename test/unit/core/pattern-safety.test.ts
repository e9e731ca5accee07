import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backtrackBound, supportBound } from '../../../src/core/packs/pattern-cost';
import { buildPatternNfa, type PatternNfa } from '../../../src/core/packs/pattern-nfa';
import { patternProblem } from '../../../src/core/packs/pattern-safety';

describe('patternProblem', () => {
  it.each(['\\d{1,9}(?:\\.\\d{1,4})?%', '(?:月入|日赚)\\s?\\d{3,6}', '万分之[一二三四五六七八九\\d]', '[A-Z]{2}\\d{14}'])(
    'accepts %s',
    (p) => {
      expect(patternProblem(p)).toBeNull();
    },
  );

  it.each([
    ['(?:a+)+', /nested/],
    ['(?:\\d*\\s?)*x', /nested/],
    ['(\\d+)元', /non-capturing/],
    ['\\d+元', /unbounded/],
    ['月入\\s*过万', /unbounded/],
    ['\\d{2,}', /unbounded/],
    ['\\d{1,100}', /unbounded/],
    ['(?:a)\\1', /backreference/],
    ['(?<=免)息', /lookaround/],
    ['(?!x)y', /lookaround/],
    ['a?', /empty string/],
    ['[', /not a valid/],
  ])('rejects %s', (p, why) => {
    expect(patternProblem(p)).toMatch(why);
  });
});

// Shapes with only bounded quantifiers that still explode: the old check (bounds and star
// height) accepted each of these; `(?:a{1,12}){1,12}$` froze a tab for > 15 s on 40 `a`s and a `!`.
describe('patternProblem: cost per start position', () => {
  it.each([
    '(?:a{1,12}){1,12}$',
    '(?:a{1,12}){1,12}',
    '(?:a|aa){1,16}',
    '(?:a|a){1,16}$',
    '(?:\\w{1,16}\\s?){1,16}$',
    '(?:.{0,12}a){12}',
    '(?:a{1,5}){1,5}$',
    '(?:\\u0061{1,12}){1,12}$',
    '(?:[\\s\\S]{0,16}\\d){1,16}',
  ])('rejects %s as too costly', (p) => {
    expect(patternProblem(p)).toMatch(
      /too costly: some text makes a regex engine try (more than )?\d+ partial matches at each position \(at most 10000\)/,
    );
  });

  it('accepts every pattern of the bundled packs', () => {
    const dir = join(import.meta.dirname, '../../../rules');
    const patterns = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .flatMap((f) =>
        Object.values(JSON.parse(readFileSync(join(dir, f), 'utf8')).lexicons as Record<string, { patterns?: string[] }>),
      )
      .flatMap((l) => l.patterns ?? []);
    expect(patterns.length).toBeGreaterThan(20);
    for (const p of patterns) expect([p, patternProblem(p)]).toEqual([p, null]);
  });

  it('reads \\u escapes and astral characters as the u-flag engine does', () => {
    // ret read `\u4e00` as the letters u, 4, e, 0, 0; regexpp reads one character.
    expect(patternProblem('\\u4e00{1,64}元')).toBeNull();
    expect(patternProblem('😀{1,8}')).toBeNull();
    expect(patternProblem('(?:😀{1,12}){1,12}$')).toMatch(/too costly/);
  });

  it('refuses what the proof cannot model, saying so', () => {
    expect(patternProblem('\\p{Script=Han}{1,3}')).toMatch(/cannot be proven linear-time: \\p\{…\}/);
  });
});

// Brute force: every partial path a backtracking engine can walk on `text` from position 0
// (each state visit counts once), by plain depth-first search over the automaton.
function pathsOn(nfa: PatternNfa, text: string): number {
  const chars = [...text].map((c) => c.codePointAt(0) as number);
  const inRanges = (r: readonly number[], c: number) =>
    r.some((_, i) => i % 2 === 0 && c >= (r[i] as number) && c <= (r[i + 1] as number));
  const visit = (state: number, at: number): number => {
    let n = 1;
    for (const t of nfa.epsilon[state] as number[]) n += visit(t, at);
    const edge = nfa.charEdge[state];
    if (edge && at < chars.length && inRanges(edge.ranges, chars[at] as number)) n += visit(edge.to, at + 1);
    return n;
  };
  return visit(0, 0);
}

function* textsOver(letters: string, maxLength: number): Generator<string> {
  let level = [''];
  for (let n = 1; n <= maxLength; n++) {
    level = level.flatMap((t) => [...letters].map((c) => t + c));
    yield* level;
  }
}

describe('pattern cost bounds', () => {
  const bound = (p: string) => backtrackBound(buildPatternNfa(p));
  it('grows by a constant per literal character, and with ambiguity', () => {
    expect(bound('abc') - bound('ab')).toBe(bound('ab') - bound('a'));
    // (?:a|a) doubles the paths at each repetition.
    expect(bound('(?:a|a){1,10}')).toBeGreaterThan(2 ** 10);
    expect(bound('(?:a|b){1,10}')).toBeLessThan(200);
  });

  it.each([
    ['(?:a|aa){1,6}', 'ab'],
    ['(?:a|b){1,5}a?', 'ab'],
    ['(?:a{1,3}){1,3}$', 'ab'],
    ['(?:ab|a)(?:ba|b){0,3}', 'ab'],
    ['\\d{1,3}(?:\\.\\d{1,2})?元?', '1.元x'],
    ['(?:每天|每日)(?:只需|仅需)?\\s?\\d{1,2}', '每天日只需 1'],
  ])('%s: no text over "%s" walks more paths than either bound says', (p, letters) => {
    const nfa = buildPatternNfa(p);
    let worst = 0;
    for (const text of textsOver(letters, 7)) worst = Math.max(worst, pathsOn(nfa, text));
    const tight = supportBound(nfa) as number;
    expect(tight).toBeGreaterThanOrEqual(worst);
    expect(backtrackBound(nfa)).toBeGreaterThanOrEqual(tight);
  });
});
