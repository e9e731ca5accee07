import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../../src/core/read/text-builder';

describe('TextBuilder', () => {
  it('gives back exactly what was appended, through many growths', () => {
    const builder = new TextBuilder();
    const pieces = Array.from({ length: 3000 }, (_, i) => (i % 3 ? `借款${i}元，年化利率` : `loan ${i} 😀 é`));
    for (const piece of pieces) builder.append(piece);
    const expected = pieces.join('');
    expect(builder.length).toBe(expected.length);
    expect(builder.toString()).toBe(expected);
  });

  it('keeps a leading byte-order mark and the length of text with a lone surrogate', () => {
    const builder = new TextBuilder();
    builder.append('\uFEFF开头');
    builder.append('a\uD800b');
    const text = builder.toString();
    expect(text.startsWith('\uFEFF开头')).toBe(true);
    // A lone surrogate cannot be decoded as itself: it stays one unit, so offsets hold.
    expect(text.length).toBe(6);
    expect(text.slice(3)).toMatch(/^a.b$/u);
  });

  it('remakes the string after more is appended, and is empty when nothing was', () => {
    const builder = new TextBuilder();
    expect(builder.toString()).toBe('');
    builder.append('');
    expect(builder.toString()).toBe('');
    builder.append('甲');
    expect(builder.toString()).toBe('甲');
    builder.append('乙');
    expect(builder.toString()).toBe('甲乙');
  });
});
