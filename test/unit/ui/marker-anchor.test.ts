import { afterEach, describe, expect, it } from 'vitest';
import { annotatedElement, labelNear } from '../../../src/ui/marker-anchor';

afterEach(() => {
  document.body.innerHTML = '';
});

const box = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('annotatedElement', () => {
  it('marks a box at its enclosing label', () => {
    document.body.innerHTML = '<div><label id="l"><input id="x" type="checkbox"> 同意开通会员</label></div>';
    expect(annotatedElement(box('x'))?.id).toBe('l');
  });

  it('marks a box at a <label for> beside it', () => {
    document.body.innerHTML =
      '<form><span><input id="x" type="checkbox"></span><label id="l" for="x">同意购买保险</label></form>';
    expect(annotatedElement(box('x'))?.id).toBe('l');
  });

  it('finds a <label for> far from the box', () => {
    document.body.innerHTML =
      '<label id="l" for="x">同意</label><div><div><div><div><p><input id="x" type="checkbox"></p></div></div></div></div>';
    expect(annotatedElement(box('x'))?.id).toBe('l');
  });

  it('falls back to the parent when the box has no label', () => {
    document.body.innerHTML = '<p id="p"><input id="x" type="checkbox"> 同意</p><label for="y">别的</label>';
    expect(annotatedElement(box('x'))?.id).toBe('p');
  });

  it('skips an enclosing label that belongs to another box', () => {
    document.body.innerHTML =
      '<label id="outer" for="other"><input id="x" type="checkbox"></label><input id="other"><label id="own" for="x">同意</label>';
    expect(labelNear(box('x'))?.id).toBe('own');
  });

  it('ignores a <label for> that names an earlier element with the same id', () => {
    document.body.innerHTML =
      '<input id="x"><div><input id="x" type="checkbox" class="second"><label id="l" for="x">同意</label></div>';
    const second = document.querySelector<HTMLInputElement>('input.second')!;
    expect(labelNear(second)).toBeNull();
    expect(labelNear(box('x'))?.id).toBe('l');
  });

  it('matches ids that need escaping in a selector', () => {
    const id = 'a"b\\c\nd';
    document.body.innerHTML = '<label id="l">同意</label><input type="checkbox">';
    document.getElementById('l')!.setAttribute('for', id);
    document.querySelector('input')!.id = id;
    expect(labelNear(document.querySelector('input')!)?.id).toBe('l');
  });

  it('looks inside the shadow root the box lives in', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<label id="l" for="x">同意</label><div><div><div><div><input id="x" type="checkbox"></div></div></div></div>';
    expect(labelNear(shadow.getElementById('x') as HTMLInputElement)?.id).toBe('l');
  });

  it('prefers the enclosing label to an earlier <label for>, unlike input.labels[0]', () => {
    document.body.innerHTML =
      '<label id="a" for="x">一</label><section><label id="b"><input id="x" type="checkbox"></label></section>';
    const input = box('x');
    expect(labelNear(input)).toBe(input.labels![1]); // the enclosing one: a marker sits at the text around the box
    expect(Array.from(input.labels!).map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('returns other evidence unchanged', () => {
    document.body.innerHTML = '<p id="p">免息</p>';
    expect(annotatedElement(document.getElementById('p')!)?.id).toBe('p');
  });
});
