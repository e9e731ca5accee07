import { describe, expect, it, vi } from 'vitest';
import { labelIndex, readControl } from '../../../src/core/read/snapshot-labels';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

const FORM =
  Array.from({ length: 40 }, (_, i) =>
    i % 3 === 0
      ? `<label><input type="checkbox" id="b${i}"> 同意${i}</label>`
      : `<input type="checkbox" id="b${i}"><label for="b${i}">同意${i}</label>`,
  ).join('') + '<label for="b1">再说一次</label><label for="nobody">无主</label>';

const ids = (list: readonly Element[]) => list.map((l) => l.textContent);

describe('labelIndex', () => {
  it('gives every box the labels input.labels gives, in document order', () => {
    const doc = page(FORM);
    const lookup = labelIndex(doc, null);
    for (const input of Array.from(doc.querySelectorAll('input')))
      expect(ids(lookup(input))).toEqual(ids(Array.from(input.labels!)));
  });

  it('can be prepared a few labels at a time, and then answers the same', () => {
    const doc = page(FORM);
    const stepped = labelIndex(doc, null);
    let calls = 0;
    while (stepped.prepare(7)) calls++;
    expect(calls).toBe(Math.ceil(42 / 7) - 1); // 42 labels: true until the last batch
    expect(stepped.prepare(7)).toBe(false);
    const whole = labelIndex(doc, null);
    for (const input of Array.from(doc.querySelectorAll('input'))) expect(stepped(input)).toEqual(whole(input));
  });

  it('indexes the labels there were when it started, whatever the page adds while it pauses', () => {
    const doc = page(FORM);
    const index = labelIndex(doc, null);
    index.prepare(5);
    doc.body.insertAdjacentHTML('afterbegin', '<label for="b2">新加的</label>');
    while (index.prepare(5));
    expect(ids(index(doc.getElementById('b2') as HTMLInputElement))).toEqual(['同意2']);
  });

  it('a scoped index gives the labels input.labels gives, without asking it', () => {
    const doc = page(
      FORM +
        '<label id="first" for="both">前</label><div><label id="wrap"><input id="both" type="checkbox"></label></div><label for="both">后</label>',
    );
    const index = labelIndex(doc, doc.body);
    const inputs = Array.from(doc.querySelectorAll('input'));
    const expected = inputs.map((input) => ids(Array.from(input.labels!)));
    const asked = vi.spyOn(HTMLInputElement.prototype, 'labels', 'get');
    inputs.forEach((input, i) => expect(ids(index(input)), input.id).toEqual(expected[i]));
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
  });

  it('a scoped index has nothing to prepare and walks up or asks the box', () => {
    const doc = page(FORM);
    const index = labelIndex(doc, doc.body);
    expect(index.prepare(100)).toBe(false);
    expect(ids(index(doc.getElementById('b0') as HTMLInputElement))).toEqual([' 同意0']);
    expect(ids(index(doc.getElementById('b1') as HTMLInputElement))).toEqual(['同意1', '再说一次']);
  });
});

describe('readControl', () => {
  it('reads a box as it stands and its label once, on first use', () => {
    const doc = page(FORM);
    const box = doc.getElementById('b1') as HTMLInputElement;
    box.checked = true;
    box.required = true;
    const lookup = vi.fn(labelIndex(doc, null));
    const control = readControl(box, lookup)!;
    expect(control).toMatchObject({ element: box, type: 'checkbox', checked: true, required: true, disabled: false });
    expect(lookup).not.toHaveBeenCalled();
    expect(control.label).toContain('同意1');
    expect(control.label).toContain('再说一次');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(readControl(doc.createElement('input'), lookup)).toBeNull();
  });

  it('gives boxes one shared label getter, not a closure each', () => {
    // The snapshot holds every box to the end of the scan: a getter per box was 1.3 MB promoted
    // to the old generation on the 100k page (what-we-tried.md).
    const doc = page(FORM);
    const lookup = labelIndex(doc, null);
    const [a, b] = ['b0', 'b1'].map((id) => readControl(doc.getElementById(id) as HTMLInputElement, lookup)!);
    expect(Object.getOwnPropertyDescriptor(a!, 'label')).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
  });
});
