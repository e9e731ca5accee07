// A labelled line (标签：值 in a <p>, <div> or <li>) laid out as a table row, a definition list
// or a read-only form field, as shops, lenders and course pages lay out the same facts.
import { fixedChoices, type Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { describeElement, quote, serialize } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

/** A label: a few words starting with a letter, at least one Chinese, then a colon. */
const LABELLED = /^(\s*)([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z（）()·/、 ]{0,15}?)\s*[：:]\s*/u;
const HAN = /\p{Script=Han}/u;

const BLOCKS =
  'address, article, aside, blockquote, div, dl, fieldset, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, ul, br, input, select, textarea, button';

export interface LabelledLine {
  element: Element;
  label: string;
  /** The text node that starts with the label. */
  first: Text;
  /** Length of "label：" (with spaces around) at the start of `first`. */
  prefix: number;
}

/** Elements that hold exactly one labelled line and no blocks or controls. */
export function labelledLines(doc: Document): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const element of Array.from(doc.body.querySelectorAll('p, div, li'))) {
    if (element.querySelector(BLOCKS)) continue;
    const first = Array.from(element.childNodes).find((n) => n.nodeType !== 3 || (n as Text).data.trim() !== '');
    if (!first || first.nodeType !== 3) continue;
    const m = LABELLED.exec((first as Text).data);
    const label = m?.[2]?.trim();
    if (!m || !label || !HAN.test(label) || Array.from(label).length > 12) continue;
    const rest = (element.textContent ?? '').slice(m[0].length).trim();
    if (!rest) continue;
    out.push({ element, label, first: first as Text, prefix: m[0].length });
  }
  return out;
}

type Layout = 'table' | 'dl' | 'input';
const LAYOUTS: readonly Layout[] = ['table', 'dl', 'input'];

function relayout(line: LabelledLine, layout: Layout): string {
  const { element, label } = line;
  const doc = element.ownerDocument;
  line.first.data = line.first.data.slice(line.prefix);
  const valueNodes = Array.from(element.childNodes);
  const valueText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A <p> cannot hold a table or a list: the line becomes a <div> with the same attributes.
  let holder = element;
  if (element.tagName === 'P') {
    holder = doc.createElement('div');
    for (const attr of Array.from(element.attributes)) holder.setAttribute(attr.name, attr.value);
    element.replaceWith(holder);
  }
  holder.replaceChildren();
  const el = (tag: string, ...children: (Node | string)[]) => {
    const e = doc.createElement(tag);
    e.append(...children);
    return e;
  };
  if (layout === 'table') {
    holder.append(el('table', el('tbody', el('tr', el('th', label), el('td', ...valueNodes)))));
    return `<table><tr><th>${label}</th><td>${valueText}</td></tr></table>`;
  }
  if (layout === 'dl') {
    holder.append(el('dl', el('dt', label), el('dd', ...valueNodes)));
    return `<dl><dt>${label}</dt><dd>${valueText}</dd></dl>`;
  }
  const input = doc.createElement('input');
  input.setAttribute('value', valueText);
  input.setAttribute('readonly', '');
  holder.append(el('label', label), input);
  return `<label>${label}</label><input value="${valueText}" readonly>`;
}

export const labelledLine: Transformation = {
  id: 'labelled-line',
  relation: 'same',
  extremes: LAYOUTS.map((layout, i) => ({ name: `every line as ${layout}`, choose: fixedChoices(i + 1) })),
  vary(fixture: Fixture, choose: Chooser): Variant {
    const doc = parseFixture(fixture);
    const edits: string[] = [];
    for (const line of labelledLines(doc)) {
      // 0 keeps the line as it is; otherwise one of the three layouts.
      const pick = choose.below(LAYOUTS.length + 1);
      if (pick === 0) continue;
      const before = `${describeElement(line.element)} ${quote(line.element.textContent ?? '', 40)}`;
      edits.push(`${before} → ${relayout(line, LAYOUTS[pick - 1] ?? 'table')}`);
    }
    return { html: serialize(doc), doc, edits };
  },
};
