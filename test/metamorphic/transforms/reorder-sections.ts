// Sibling sections in another order: the children of <body> or of the main container shuffled,
// as another site's template would put the header, the offer, the terms and the footer.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { describeElement, movableChildren, sectionContainers, serialize } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

/** Reorders `el`'s content children by a Fisher–Yates shuffle; draws of 0 keep the order. */
function shuffleChildren(container: Element, choose: Chooser): string | null {
  const kids = movableChildren(container);
  if (kids.length < 2) return null;
  const order = [...kids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = i - choose.below(i + 1);
    const a = order[i] as Element;
    order[i] = order[j] as Element;
    order[j] = a;
  }
  if (order.every((k, i) => k === kids[i])) return null;
  // Put the shuffled elements into the slots the originals held (text between them stays).
  const slots = kids.map((k) => {
    const mark = container.ownerDocument.createComment('slot');
    k.replaceWith(mark);
    return mark;
  });
  slots.forEach((mark, i) => mark.replaceWith(order[i] as Element));
  const names = (list: Element[]) => list.map(describeElement).join(', ');
  return `${describeElement(container)}: [${names(kids)}] → [${names(order)}]`;
}

export const reorderSections: Transformation = {
  id: 'reorder-sections',
  relation: 'same',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const doc = parseFixture(fixture);
    const edits: string[] = [];
    for (const container of sectionContainers(doc)) {
      const edit = shuffleChildren(container, choose);
      if (edit) edits.push(edit);
    }
    return { html: serialize(doc), doc, edits };
  },
};
