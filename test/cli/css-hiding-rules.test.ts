// @vitest-environment node
// Which <style> rules may hide an element: the list light-dom.ts asks before it trusts linkedom
// with visibility. Over-listing only costs a jsdom parse; missing a rule would change findings.
import { describe, expect, it } from 'vitest';
import { hidingSelectors } from '../../src/cli/css-hiding-rules';
import { needsReferenceDom, parseLight } from '../../src/cli/light-dom';

describe('hidingSelectors', () => {
  it('lists rules that set display:none or visibility:hidden, in any spelling, inside @media too', () => {
    const css = `
      .a { color: red; display: none }
      /* .commented { display: none } */
      @media (max-width: 600px) { .b, .c::after { DISPLAY : NONE !important; } }
      .d{visibility:hidden}
      .e { display: block } .f { visibility: visible } .g { display: inline-flex }
      .h { display: var(--shown) }
      .i { margin: 0; .nested { visibility: hidden } }
      @keyframes fade { from { visibility: hidden } to { visibility: visible } }
      @font-face { font-family: x; display: none }`;
    expect(hidingSelectors(css)).toEqual(['.a', '.b', '.d', '.h', '.nested']);
  });
});

describe('light DOM visibility', () => {
  it('trusts linkedom when no hiding rule matches, and asks for jsdom when one does', () => {
    const page = (body: string) =>
      parseLight(`<html><head><style>.gone { display: none }</style></head><body>${body}</body></html>`);
    const shown = page('<div><p id="x">借款</p></div>');
    expect((shown.getElementById('x') as Element & { checkVisibility(): boolean }).checkVisibility()).toBe(true);
    expect(needsReferenceDom(shown)).toBe(false);
    const hidden = page('<div class="gone"><p id="x">借款</p></div>');
    (hidden.getElementById('x') as Element & { checkVisibility(): boolean }).checkVisibility();
    expect(needsReferenceDom(hidden)).toBe(true);
    const inline = page('<div style="visibility:hidden"><p id="x">借款</p></div>');
    (inline.getElementById('x') as Element & { checkVisibility(): boolean }).checkVisibility();
    expect(needsReferenceDom(inline)).toBe(true);
    const closedDialog = page('<dialog><p id="x">借款</p></dialog>');
    (closedDialog.getElementById('x') as Element & { checkVisibility(): boolean }).checkVisibility();
    expect(needsReferenceDom(closedDialog)).toBe(true);
  });

  it('reads form controls as the HTML spec does', () => {
    const doc = parseLight(
      '<label id="l1"><input id="a" type="CHECKBOX" checked required> 同意</label><label id="l2" for="b">续费</label><input id="b" type="bogus"><input id="h" type="hidden"><label id="l3" for="h">x</label>',
    );
    const a = doc.getElementById('a') as HTMLInputElement;
    expect([a.type, a.checked, a.required]).toEqual(['checkbox', true, true]);
    const b = doc.getElementById('b') as HTMLInputElement;
    expect([b.type, b.checked, b.required]).toEqual(['text', false, false]);
    expect((doc.getElementById('l1') as HTMLLabelElement).control).toBe(a);
    expect((doc.getElementById('l2') as HTMLLabelElement).control).toBe(b);
    expect((doc.getElementById('l3') as HTMLLabelElement).control).toBeNull();
  });
});
