// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JoinedBlocks } from '../../../src/core/read/snapshot-text';

function page(): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML =
    '<section id="a"><p>一</p><p>二</p></section><section id="b"><p>三</p><p>四</p></section><aside id="c">五</aside>';
  return d;
}

describe('JoinedBlocks', () => {
  it('finds each block element through the list it was indexed in, or as kept', () => {
    const d = page();
    const listA = d.getElementById('a')!.querySelectorAll('*');
    const listB = d.getElementById('b')!.querySelectorAll('*');
    const aside = d.getElementById('c')!;
    const joined = new JoinedBlocks();
    joined.add(1, listA, '二', false);
    joined.add(aside, null, '五', true);
    joined.add(0, listB, '三', false);
    joined.add(d.getElementById('a')!, null, '整段', false);
    joined.add(1, listB, '四', false);
    joined.add(0, listA, '一', false);
    expect(joined.count).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((i) => joined.elementOf(i)?.textContent)).toEqual(['二', '五', '三', '一二', '四', '一']);
    expect(joined.elementOf(6)).toBeUndefined();
    expect(joined.headingBlocks).toEqual([1]);
  });

  it('joins the texts by newlines, with the offset where each starts', () => {
    const joined = new JoinedBlocks();
    const texts = Array.from({ length: 2000 }, (_, i) => `第${i}段 年化利率${i % 36}%`);
    texts.forEach((t, i) => joined.add(i, [], t, false));
    const text = joined.joinedText;
    expect(text).toBe(texts.join('\n'));
    expect(Array.from(joined.offsets)).toEqual(texts.map((_, i) => texts.slice(0, i).join('\n').length + (i ? 1 : 0)));
    expect(joined.textOf(1234, text)).toBe(texts[1234]);
    expect(joined.textOf(1999, text)).toBe(texts[1999]);
    expect(joined.textOf(2000, text)).toBe('');
  });
});
