// A pattern match that starts at an astral character (an emoji before 必须购买会员) once made the
// matcher find the same match forever: the tab hung and the CLI ran out of memory.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { LexiconMatcher, nextSearchFrom } from '../../../src/core/match/lexicon-matcher';
import { takeSnapshot } from '../../../src/core/read/snapshot';
import { trialRun } from '../../../src/core/packs/pattern-trial';

describe('pattern matches starting at an astral character', () => {
  it('steps over a whole surrogate pair', () => {
    expect(nextSearchFrom('😀必须', 0)).toBe(2);
    expect(nextSearchFrom('a必须', 0)).toBe(1);
    expect(nextSearchFrom('\ud83d', 0)).toBe(1); // a lone high surrogate is one unit
  });

  it('finds each hit once and ends, in pages and in short strings', () => {
    const matcher = new LexiconMatcher(
      { addOn: { phrases: [], patterns: ['(?:^|[^无不免])(?:必须|需要)(?:购买|开通)'], negatable: false } },
      [],
    );
    const snapshot = takeSnapshot(parseHtml('<p>😀必须购买会员，👍需要开通VIP</p>'));
    const hits = matcher.match(snapshot).get('addOn');
    expect(hits?.length).toBe(2);
    expect([...matcher.lexiconsIn('😀必须购买')]).toEqual(['addOn']);
  });

  it('lets the pattern trial run astral patterns to the end', () => {
    expect(trialRun('😀{1,8}').ms).toBeLessThan(5_000);
  });
});
