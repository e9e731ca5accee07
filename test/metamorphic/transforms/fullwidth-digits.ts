// ASCII digits written as full-width digits (０-９), as Chinese input methods type them:
// 年化利率３６％ is not what a page needs to write, but 年化利率３６% often is.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { quoteAround, serialize, textNodes } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 0x30));
}

export const fullwidthDigits: Transformation = {
  id: 'fullwidth-digits',
  relation: 'same',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const doc = parseFixture(fixture);
    const edits: string[] = [];
    for (const node of textNodes(doc.body)) {
      if (!/[0-9]/.test(node.data)) continue;
      // 0 keeps the node's digits (a shrunk counterexample converts only what matters).
      if (choose.below(8) === 0) continue;
      const at = node.data.search(/[0-9]/);
      const before = quoteAround(node.data, at);
      node.data = toFullWidthDigits(node.data);
      edits.push(`${before} → ${quoteAround(node.data, at)}`);
    }
    return { html: serialize(doc), doc, edits };
  },
};
