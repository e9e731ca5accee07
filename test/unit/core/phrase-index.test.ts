import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../src/core/match/phrase-index';
import { unitClass } from '../../../src/core/match/regex-source';

const trie = new PhraseIndex(['免息', '免息分期', '保证金', '息']);

/** Every phrase starting at each position (of code units), found by comparing every phrase there: what the index must answer. */
function byBruteForce(phrases: readonly string[], text: string): string[][] {
  const distinct = [...new Set(phrases)].filter(Boolean).sort((a, b) => a.length - b.length);
  return Array.from({ length: text.length }, (_, at) => distinct.filter((p) => text.startsWith(p, at)));
}

/** What the index answers at each position, asking only where its native search says a phrase may start. */
function byIndex(index: PhraseIndex, text: string): string[][] {
  const found: string[][] = Array.from({ length: text.length }, () => []);
  const starts = index.startsIn(text);
  for (let at = starts.next(0, text.length); at >= 0; at = starts.next(at + 1, text.length))
    found[at] = [...index.phrasesAt(text, at)];
  return found;
}

/** Every occurrence as "start:phrase", sorted: by brute force, and as eachIn visits them. */
const occurrences = (phrases: readonly string[], text: string) =>
  byBruteForce(phrases, text)
    .flatMap((here, at) => here.map((phrase) => `${at}:${phrase}`))
    .sort();
function visited(index: PhraseIndex, text: string): string[] {
  const out: string[] = [];
  index.eachIn(text, (phrase, at) => void out.push(`${at}:${phrase}`));
  return out.sort();
}

describe('PhraseIndex', () => {
  it('finds the next position a phrase could start at, within [from, to) only', () => {
    const text = '今天免息，另收保证金';
    const starts = trie.startsIn(text);
    expect(starts.next(0, text.length)).toBe(2); // 免
    expect(starts.next(3, text.length)).toBe(3); // 息 is a phrase of its own
    expect(starts.next(4, text.length)).toBe(7); // 保
    expect(starts.next(4, 7)).toBe(-1);
    expect(trie.startsIn('').next(0, 0)).toBe(-1);
  });

  it('passes over a first character whose next character no longer phrase has second', () => {
    // 免费: no phrase goes on 免费; 保证 could still be 保证金.
    const text = '免费办理，保证';
    expect(trie.startsIn(text).next(0, text.length)).toBe(5);
    // At the very end of the text a first character has no second: only a one-unit phrase starts there.
    expect(trie.startsIn('可免').next(0, 2)).toBe(-1);
    expect(trie.startsIn('无息').next(0, 2)).toBe(1);
  });

  it('answers windows in any order, and a window with no start, from what it searched before', () => {
    const text = `免息${'x'.repeat(5000)}保证金`;
    const starts = trie.startsIn(text);
    // Windows of 1,000 characters: all but the first and the last have no start.
    const found: number[] = [];
    for (let from = 0; from < text.length; from += 1000) {
      const to = Math.min(text.length, from + 1000);
      for (let at = starts.next(from, to); at >= 0; at = starts.next(at + 1, to)) found.push(at);
    }
    expect(found).toEqual([0, 1, 5002]);
    // Asking again from before the last search searches again.
    expect(starts.next(0, text.length)).toBe(0);
    expect(starts.next(2, 5002)).toBe(-1);
    expect(starts.next(2, 5003)).toBe(5002);
  });

  it('treats phrases as literals: regex characters, a lone surrogate, an emoji', () => {
    const odd = new PhraseIndex(['[免]', '\\d', '😀福利', '-息']);
    expect(odd.occursIn('领取[免]单')).toBe(true);
    expect(odd.occursIn('免单')).toBe(false);
    expect(odd.occursIn('9\\d')).toBe(true);
    expect(odd.occursIn('7')).toBe(false);
    expect(odd.occursIn('送😀福利')).toBe(true);
    expect(odd.occursIn('送😁福利')).toBe(false);
    expect(odd.occursIn('无-息')).toBe(true);
    expect(odd.occursIn('无息')).toBe(false);
  });

  it('phrasesAt lists every phrase starting at a position, shortest first, and may read to the very end', () => {
    expect(trie.phrasesAt('办理免息分期', 2)).toEqual(['免息', '免息分期']);
    expect(trie.phrasesAt('免息', 0)).toEqual(['免息']);
    // A first character that starts no whole phrase here.
    expect(trie.phrasesAt('免费', 0)).toEqual([]);
    expect(trie.phrasesAt('保证', 0)).toEqual([]);
  });

  it('longestAt gives the longest phrase at a position, or null', () => {
    expect(trie.longestAt('办理免息分期', 2)).toBe('免息分期');
    expect(trie.longestAt('免息分', 0)).toBe('免息');
    expect(trie.longestAt('免费', 0)).toBeNull();
  });

  it('eachIn visits every phrase at every position once, until told to stop, also when searched again inside', () => {
    const text = '免息分期，保证金，无息';
    const seen: string[] = [];
    trie.eachIn(text, (phrase, at) => {
      // A search of another text with the same index in between changes nothing.
      expect(trie.occursIn('保证金')).toBe(true);
      seen.push(`${at}:${phrase}`);
    });
    expect(seen.sort()).toEqual(['0:免息', '0:免息分期', '10:息', '1:息', '5:保证金']);
    let visits = 0;
    trie.eachIn(text, () => ++visits === 2);
    expect(visits).toBe(2);
    expect(new PhraseIndex([]).occursIn('免息')).toBe(false);
  });

  it('eachIn finds a phrase by the pair inside it that most phrases share, with where the phrase starts', () => {
    // 用 leads a pair in 急用钱 and 用钱: 急用钱 is searched by 用钱, one position in.
    const index = new PhraseIndex(['急用钱', '用钱', '借钱', '钱包']);
    const found = (text: string) => {
      const out: string[] = [];
      index.eachIn(text, (phrase, at) => void out.push(`${at}:${phrase}`));
      return out.sort();
    };
    expect(found('急用钱')).toEqual(['0:急用钱', '1:用钱']);
    expect(found('用钱急用钱包')).toEqual(['0:用钱', '2:急用钱', '3:用钱', '4:钱包']);
    // The pair at the very start of the text: the longer phrase would start before it.
    expect(found('用钱')).toEqual(['0:用钱']);
    expect(index.occursIn('急用')).toBe(false);
  });

  it('occursIn says whether any phrase occurs, also one after a false start', () => {
    expect(trie.occursIn('免费送，保证金')).toBe(true);
    expect(trie.occursIn('免费送，保证')).toBe(false);
    expect(new PhraseIndex([]).occursIn('免息')).toBe(false);
  });

  it('counts distinct phrases and ignores empty ones', () => {
    expect(new PhraseIndex(['免息', '', '免息', '保证金']).size).toBe(2);
    expect(new PhraseIndex(['免息', '', '免息', '保证金']).longest).toBe(3);
    expect(new PhraseIndex([]).longest).toBe(0);
  });

  it('answers what comparing every phrase at every position answers, for a small set and a large one', () => {
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
      '😀福利',
    ];
    const text = '先借款额度再借贷，借款期，免息分期付款或免息分期，保证金保证，abcabdaba😀福利息';
    // A small set: the native search reads the exact first pairs.
    const small = new PhraseIndex(words);
    expect(byIndex(small, text)).toEqual(byBruteForce(words, text));
    expect(Array.from({ length: text.length }, (_, at) => small.longestAt(text, at))).toEqual(
      byBruteForce(words, text).map((here) => here.at(-1) ?? null),
    );
    // Over 256 first pairs, it reads a class of first units and a class of second units: the
    // same answers, from more candidate starts.
    const many = [
      ...words,
      ...Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i, 0x5000 + (i % 7), 0x6000 + i)),
    ];
    const longText = `${text}${many.slice(-40).join('，')}${String.fromCharCode(0x4e00, 0x5000, 0x6001)}`;
    expect(byIndex(new PhraseIndex(many), longText)).toEqual(byBruteForce(many, longText));
    // eachIn, which searches the small set by pairs inside its phrases, finds the same occurrences.
    expect(visited(small, text)).toEqual(occurrences(words, text));
    expect(visited(new PhraseIndex(many), longText)).toEqual(occurrences(many, longText));
  });

  it('finds only true starts with the exact pairs, more with the classes', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + i, 0x5000 + i));
    // 一 followed by the second unit of another phrase: a start for the classes only.
    const text = String.fromCharCode(0x4e00, 0x5001);
    expect(new PhraseIndex(pairs(256)).startsIn(text).next(0, 2)).toBe(-1);
    expect(new PhraseIndex(pairs(257)).startsIn(text).next(0, 2)).toBe(0);
    expect(new PhraseIndex(pairs(257)).phrasesAt(text, 0)).toEqual([]);
  });
});

describe('unitClass', () => {
  it('writes neighbouring code units as one range and a unit once', () => {
    expect(unitClass([0x5150, 0x514d, 0x5151, 0x5152, 0x514d])).toBe('\\u514d\\u5150-\\u5152');
    expect(new RegExp(`^[${unitClass([0x2d, 0x5d, 0x5c])}]+$`).test('-]\\')).toBe(true);
  });
});
