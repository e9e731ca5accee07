// Text split into inline pieces: a text node cut at random points, the pieces wrapped in
// <b>/<span>/<em>/<font> (or left bare), no characters added or removed. Pages do this for
// emphasis (借款额度<b>50,000</b>元) and to defeat keyword filters (不<span>看</span>征信).
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { quote, serialize, textNodes } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

// null (a bare piece, which the parser joins to its neighbours again) first: draws shrink to it.
const TAGS = [null, 'b', 'span', 'em', 'font'] as const;

function splitNode(node: Text, choose: Chooser): string {
  const chars = Array.from(node.data);
  // A cut after each character or not (the fixed variant, last choices, cuts after every one).
  const cuts: number[] = [];
  for (let i = 1; i < chars.length; i++) if (choose.below(2) === 1) cuts.push(i);
  const bounds = [0, ...cuts, chars.length];
  const doc = node.ownerDocument;
  const parts: string[] = [];
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = chars.slice(bounds[i], bounds[i + 1]).join('');
    const tag = choose.pick(TAGS);
    const piece = doc.createTextNode(text);
    if (tag) {
      const wrapper = doc.createElement(tag);
      wrapper.append(piece);
      fragment.append(wrapper);
      parts.push(`<${tag}>${text}</${tag}>`);
    } else {
      fragment.append(piece);
      parts.push(text);
    }
  }
  node.replaceWith(fragment);
  const markup = parts.join('').replace(/\s+/g, ' ').trim();
  return markup.length > 80 ? `${markup.slice(0, 80)}…` : markup;
}

export const inlineSplit: Transformation = {
  id: 'inline-split',
  relation: 'same',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const doc = parseFixture(fixture);
    const edits: string[] = [];
    for (const node of textNodes(doc.body)) {
      if (Array.from(node.data.trim()).length < 2) continue;
      // 0 leaves the node alone (what a shrunk counterexample falls back to); 1–7 split it.
      if (choose.below(8) === 0) continue;
      const before = quote(node.data);
      edits.push(`${before} → ${splitNode(node, choose)}`);
    }
    return { html: serialize(doc), doc, edits };
  },
};
