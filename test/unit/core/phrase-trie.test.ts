import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../../src/core/match/phrase-trie';

const trie = new PhraseTrie(['免息', '免息分期', '保证金', '息']);

describe('PhraseTrie', () => {
  it('nextStart finds the next position a phrase could start at, within [from, to) only', () => {
    const text = '今天免息，另收保证金';
    expect(trie.nextStart(text, 0, text.length)).toBe(2); // 免
    expect(trie.nextStart(text, 3, text.length)).toBe(3); // 息 is a phrase of its own
    expect(trie.nextStart(text, 4, text.length)).toBe(7); // 保
    expect(trie.nextStart(text, 4, 7)).toBe(-1);
    expect(trie.nextStart('', 0, 0)).toBe(-1);
  });

  it('phrasesAt lists every phrase starting at a position, shortest first, and may read to the very end', () => {
    expect(trie.phrasesAt('办理免息分期', 2)).toEqual(['免息', '免息分期']);
    expect(trie.phrasesAt('免息', 0)).toEqual(['免息']);
    // A first character that starts no whole phrase here.
    expect(trie.phrasesAt('免费', 0)).toEqual([]);
    expect(trie.phrasesAt('保证', 0)).toEqual([]);
  });

  it('counts distinct phrases and ignores empty ones', () => {
    expect(new PhraseTrie(['免息', '', '免息', '保证金']).size).toBe(2);
  });
});
