import { afterEach, describe, expect, it, vi } from 'vitest';
import { markerPlace } from '../../../src/ui/marker-place';

// jsdom lays nothing out and has no Range#getClientRects: the box of the text measured is given
// here, and what was measured is recorded.
const measured: string[] = [];
function rectsOfRange(box: { left: number; top: number; width: number; height: number }) {
  const rect = new DOMRect(box.left, box.top, box.width, box.height);
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      measured.push(this.toString());
      return Object.assign([rect], { item: (i: number) => (i === 0 ? rect : null) });
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (Range.prototype as Partial<Range>).getClientRects;
  measured.length = 0;
  document.body.innerHTML = '';
});

describe('markerPlace', () => {
  it('in room, is a slot of the marker size at the end of the text, covered exactly', () => {
    document.body.innerHTML = '<p>需先缴纳保证金</p>';
    const p = document.querySelector('p')!;
    const place = markerPlace(document, p, 'room');
    place.fit(40.2, 20);
    const slot = p.lastElementChild as HTMLElement;
    expect(place.reference).toBe(slot);
    expect(slot.style.getPropertyValue('width')).toBe('41px');
    expect(place.offset(41)).toBe(-41);
    expect(place.takesRoom).toBe(true);
    expect(place.isPlace(slot)).toBe(true);
    expect(place.isPlace(p)).toBe(true);
    expect(place.isPlace(document.body.appendChild(document.createElement('div')))).toBe(false);
    place.remove();
    expect(p.children).toHaveLength(0);
  });

  it('laid over, sits after the last character of the evidence (nested, trailing spaces, our UI skipped)', () => {
    document.body.innerHTML = '<p>需先缴纳<b>保证金</b>  <span data-mingbai-ui></span></p>';
    const p = document.querySelector('p')!;
    rectsOfRange({ left: 100, top: 50, width: 16, height: 20 });
    const place = markerPlace(document, p, 'overlay');
    place.fit(40, 20);
    expect(p.childNodes).toHaveLength(4);
    const ref = place.reference as { getBoundingClientRect(): DOMRect; contextElement?: Element };
    expect(ref.contextElement).toBe(p);
    const r = ref.getBoundingClientRect();
    expect([r.x, r.y, r.width, r.height]).toEqual([116, 50, 0, 20]);
    expect(place.box().width).toBe(16);
    // The range measured is the last character of the bold text: "金".
    expect(new Set(measured)).toEqual(new Set(['金']));
    expect(place.offset(0)).toBeGreaterThan(0);
    expect(place.takesRoom).toBe(false);
    expect(place.isPlace(p.querySelector('b')!)).toBe(true);
    expect(place.isPlace(document.body)).toBe(true);
    const bar = document.body.appendChild(document.createElement('nav'));
    expect(place.isPlace(bar)).toBe(false);
  });

  it('laid over, falls back to the element when its last text is not drawn', () => {
    document.body.innerHTML = '<p>需先缴纳保证金<span style="display:none">隐藏</span></p>';
    const p = document.querySelector('p')!;
    rectsOfRange({ left: 0, top: 0, width: 0, height: 0 });
    vi.spyOn(p, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 40, 300, 24));
    const r = (markerPlace(document, p, 'overlay').reference as { getBoundingClientRect(): DOMRect }).getBoundingClientRect();
    expect([r.x, r.y, r.width, r.height]).toEqual([310, 40, 0, 24]);
  });

  it('laid over a box or an image, sits after the element itself', () => {
    document.body.innerHTML = '<label>会员<input type="checkbox" checked></label>';
    const input = document.querySelector('input')!;
    vi.spyOn(input, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 20, 14, 14));
    const place = markerPlace(document, input, 'overlay');
    const r = (place.reference as { getBoundingClientRect(): DOMRect }).getBoundingClientRect();
    expect([r.x, r.y, r.width, r.height]).toEqual([24, 20, 0, 14]);
  });
});
