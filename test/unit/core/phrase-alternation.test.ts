import { describe, expect, it } from 'vitest';
import { phraseAlternation } from '../../../src/core/match/phrase-alternation';
import { PhraseTrie } from '../../../src/core/match/phrase-trie';

/** Whatever the regex matches at each position, or null. */
function atEachPosition(source: string, text: string): Array<string | null> {
  const sticky = new RegExp(source, 'y');
  return Array.from(text, (_, at) => {
    sticky.lastIndex = at;
    return sticky.exec(text)?.[0] ?? null;
  });
}

describe('phraseAlternation', () => {
  it('matches the longest phrase at a position, falling back to a shorter one', () => {
    const regex = new RegExp(phraseAlternation(['借款', '借款额度', '借贷', '免息', '免息分期付款', '息', '保证金']), 'g');
    const matches = (text: string) => [...text.matchAll(regex)].map((m) => m[0]);
    // 免息分期 falls short of 免息分期付款: the shorter 免息 is found.
    expect(matches('借款额度高，免息分期，借贷')).toEqual(['借款额度', '免息', '借贷']);
    expect(matches('借钱无息')).toEqual(['息']);
    expect(matches('保证')).toEqual([]);
  });

  it('answers at every position as the phrase trie walk does', () => {
    const words = [
      '借款',
      '借款额度',
      '借款期限',
      '借',
      '免息',
      '免息分期付款',
      '免费',
      '息',
      '保证金',
      '保证',
      '分期',
      'a',
      'ab',
      'abc',
      'abd',
    ];
    const text = '先借款额度再借贷，借款期，免息分期付款或免息分期，保证金保证，abcabdaba';
    const trie = new PhraseTrie(words);
    const walked = Array.from(text, (_, at) => trie.longestAt(text, at));
    expect(atEachPosition(phraseAlternation(words), text)).toEqual(walked);
    // The order phrases come in changes nothing.
    expect(atEachPosition(phraseAlternation([...words].reverse()), text)).toEqual(walked);
  });

  it('treats phrases as literals: regex characters, a lone surrogate, an emoji', () => {
    const odd = new RegExp(phraseAlternation(['[免]', '\\d', '😀福利', '-息', 'a|b', '\ud83d']));
    expect(odd.exec('领取[免]单')?.[0]).toBe('[免]');
    expect(odd.test('免单')).toBe(false);
    expect(odd.test('7')).toBe(false);
    expect(odd.exec('9\\d')?.[0]).toBe('\\d');
    // The lone high surrogate is a phrase of its own; 😀福利 is the longer one.
    expect(odd.exec('送😀福利')?.[0]).toBe('😀福利');
    expect(odd.exec('送😁福利')?.[0]).toBe('\ud83d');
    expect(odd.test('a')).toBe(false);
    expect(odd.exec('xa|b')?.[0]).toBe('a|b');
  });

  it('never matches without phrases, and ignores empty and repeated ones', () => {
    expect(new RegExp(phraseAlternation([])).test('免息')).toBe(false);
    expect(new RegExp(phraseAlternation([''])).test('免息')).toBe(false);
    expect(phraseAlternation(['免息', '', '免息'])).toBe(phraseAlternation(['免息']));
    expect(new RegExp(phraseAlternation(['免息', '', '免息'])).exec('免息')?.[0]).toBe('免息');
  });
});
