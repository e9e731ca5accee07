import { describe, expect, it } from 'vitest';
import { patternProblem } from '../../../src/core/rules/pattern-safety';

describe('patternProblem', () => {
  it.each(['\\d{1,9}(?:\\.\\d{1,4})?%', '(?:月入|日赚)\\s?\\d{3,6}', '万分之[一二三四五六七八九\\d]', '[A-Z]{2}\\d{14}'])('accepts %s', (p) => {
    expect(patternProblem(p)).toBeNull();
  });

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
