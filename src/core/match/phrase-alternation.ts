// Literal phrases as one native regex that matches, at a position, the longest phrase starting
// there: what the phrase trie's longestAt (phrase-trie.ts) answers, for a reader that must not
// run script per character. The quick read uses it: in a fresh content script the trie's walk runs
// unoptimised and cost a Chinese page's first run 0.06–0.08 ms more (what-we-tried.md, issue 19).
//
// The phrases are grouped by first unit, longest first within a group: 借(?:款额度|款|贷)|…, so
// V8 tries one group per position instead of every phrase. Nesting the groups all the way down
// (the trie written out) was no faster on the corpus's first runs, and building the trie itself
// cost 0.6 ms unoptimised for 207 phrases, on every page.

import { escapeRegExp } from './regex-source';

/** A regex source (for a regex without the u flag: a lone surrogate stays valid) that never matches when there are no phrases. */
export function phraseAlternation(phrases: Iterable<string>): string {
  const groups = new Map<string, string[]>();
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    const first = phrase.charAt(0);
    const rests = groups.get(first);
    if (rests) rests.push(phrase.slice(1));
    else groups.set(first, [phrase.slice(1)]);
  }
  if (!groups.size) return '(?!)';
  return [...groups]
    .map(([first, rests]) => {
      const longer = rests
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp);
      if (!longer.length) return escapeRegExp(first);
      // Optional when the first unit is a phrase of its own; the longer ones are tried first.
      return `${escapeRegExp(first)}(?:${longer.join('|')})${rests.includes('') ? '?' : ''}`;
    })
    .join('|');
}
