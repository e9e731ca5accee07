// A phrase of a rule lexicon replaced by another phrase of the SAME lexicon: 解冻金 for 保证金,
// 一经购买概不退款 for 不支持退款. The packs say these mean the same; the findings must agree.
// Only a swap that changes nothing else is made: the phrase must not overlap another vocabulary
// hit (of any lexicon or negation), after the swap every other lexicon, pattern and negation
// must match the text exactly as before (so no classifier signal appears or disappears), and a
// phrase is replaced everywhere on the page by one the page did not use.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { packVocabulary, vocabularyHits, type Lexicon, type Vocabulary } from '../harness/pack-vocabulary';
import { quoteAround, serialize, textNodes } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

interface Occurrence {
  lexicon: Lexicon;
  phrase: string;
  start: number;
  /** Phrases of the same lexicon that may stand in for it. */
  replacements: string[];
}

const ownerMaps = new WeakMap<Vocabulary, Map<string, string>>();

/** Lexicons (by name, comma-joined) that list the phrase; a negation counts as "negation". */
function owners(phrase: string, vocabulary: Vocabulary): string {
  let map = ownerMaps.get(vocabulary);
  if (!map) {
    const lists = new Map<string, string[]>();
    const add = (p: string, name: string) => lists.set(p, [...(lists.get(p) ?? []), name]);
    for (const l of vocabulary.lexicons) for (const p of new Set(l.phrases)) add(p, l.name);
    for (const n of vocabulary.negations) add(n, 'negation');
    map = new Map([...lists].map(([p, names]) => [p, names.join()]));
    ownerMaps.set(vocabulary, map);
  }
  return map.get(phrase) ?? '';
}

/** Every (phrase, span) of the vocabulary in the text, patterns included. */
function spans(text: string, vocabulary: Vocabulary): Array<{ phrase: string; start: number; end: number }> {
  const out: Array<{ phrase: string; start: number; end: number }> = [];
  const add = (phrase: string, start: number, end: number) => out.push({ phrase, start, end });
  for (const l of vocabulary.lexicons) {
    for (const p of l.phrases) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) add(p, i, i + p.length);
    for (const r of l.patterns)
      for (const m of text.matchAll(r)) add(`/${r.source}/`, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const n of vocabulary.negations) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) add(n, i, i + n.length);
  return out;
}

export function swappableOccurrences(text: string, vocabulary = packVocabulary()): Occurrence[] {
  const all = spans(text, vocabulary);
  const out: Occurrence[] = [];
  for (const lexicon of vocabulary.swappable) {
    const replacements = lexicon.phrases.filter((r) => owners(r, vocabulary) === lexicon.name);
    // Chinese for Chinese, English for English: 一经购买 does not become 一经paid add-on.
    const han = (t: string) => /\p{Script=Han}/u.test(t);
    for (const phrase of lexicon.phrases) {
      if (owners(phrase, vocabulary) !== lexicon.name) continue;
      for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
        const end = start + phrase.length;
        const overlaps = all.some((s) => s.start < end && start < s.end && !(s.phrase === phrase && s.start === start));
        if (overlaps) continue;
        const choices = replacements.filter((r) => r !== phrase && han(r) === han(phrase));
        if (choices.length) out.push({ lexicon, phrase, start, replacements: choices });
      }
    }
  }
  return out.sort((a, b) => b.start - a.start);
}

/** Vocabulary hits of the text outside one lexicon, as a comparable multiset. */
function otherHits(text: string, lexicon: string, vocabulary: Vocabulary): string {
  return vocabularyHits(text, vocabulary)
    .filter((h) => !h.startsWith(`${lexicon}: `))
    .sort()
    .join('\n');
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

/**
 * Replaces every occurrence of `phrase` in the nodes by `replacement`, or says why it cannot:
 * "overlap" (some occurrence touches another vocabulary hit: no replacement will do) or
 * "disturbs" (this replacement changes another lexicon's hits: another one may do).
 */
function substitute(
  nodes: Text[],
  occ: Occurrence,
  replacement: string,
  vocabulary: Vocabulary,
): Array<[Text, string]> | 'overlap' | 'disturbs' {
  const changes: Array<[Text, string]> = [];
  for (const node of nodes) {
    const text = node.data;
    const total = count(text, occ.phrase);
    if (!total) continue;
    const here = swappableOccurrences(text, vocabulary).filter((o) => o.phrase === occ.phrase && o.lexicon === occ.lexicon);
    if (here.length !== total) return 'overlap';
    let swapped = text;
    for (const o of here) swapped = swapped.slice(0, o.start) + replacement + swapped.slice(o.start + o.phrase.length);
    if (otherHits(swapped, occ.lexicon.name, vocabulary) !== otherHits(text, occ.lexicon.name, vocabulary)) return 'disturbs';
    changes.push([node, swapped]);
  }
  return changes;
}

export const synonymSwap: Transformation = {
  id: 'synonym-swap',
  relation: 'same',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const vocabulary = packVocabulary();
    const doc = parseFixture(fixture);
    const nodes = [
      ...Array.from(doc.querySelectorAll('title')).flatMap((t) => Array.from(t.childNodes) as Text[]),
      ...textNodes(doc.body),
    ];
    // One substitution per phrase, applied to the whole page (every occurrence, title included),
    // by a phrase the page does not use yet: the page keeps as many distinct phrases of each
    // lexicon as it had, so counts of distinct signals stay what they were.
    const phrases = new Map<string, Occurrence>();
    for (const node of nodes)
      for (const occ of swappableOccurrences(node.data, vocabulary)) phrases.set(`${occ.lexicon.name}\n${occ.phrase}`, occ);
    const edits: string[] = [];
    // Replacements come from outside the original page too: no chains (甲 → 乙, then 丙 → 甲).
    const original = serialize(doc);
    for (const occ of [...phrases.values()].reverse()) {
      const pick = choose.below(occ.replacements.length + 1);
      if (pick === 0) continue;
      const page = original + serialize(doc);
      for (let k = 0; k < occ.replacements.length; k++) {
        const replacement = occ.replacements[(pick - 1 + k) % occ.replacements.length] as string;
        if (page.includes(replacement)) continue;
        const changes = substitute(nodes, occ, replacement, vocabulary);
        if (changes === 'overlap') break;
        if (changes === 'disturbs') continue;
        const undo = changes.map(([node]) => [node, node.data] as const);
        for (const [node, data] of changes) node.data = data;
        // Still somewhere else (an attribute, a script): not a whole-page substitution.
        if (serialize(doc).includes(occ.phrase)) {
          for (const [node, data] of undo) node.data = data;
          break;
        }
        const [first] = changes;
        const example = first ? ` e.g. ${quoteAround(first[1], first[1].indexOf(replacement))}` : '';
        edits.push(
          `${occ.lexicon.name}: ${occ.phrase} → ${replacement} (${changes.length} text node${changes.length === 1 ? '' : 's'})${example}`,
        );
        break;
      }
    }
    return { html: serialize(doc), doc, edits };
  },
};
