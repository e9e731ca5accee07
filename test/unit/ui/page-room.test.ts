import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_LIMIT_ELEMENTS, uiLayoutFor } from '../../../src/ui/page-room';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('uiLayoutFor', () => {
  it('makes room on a page of up to the limit of elements, and lies over a larger one', () => {
    const fill = (total: number) => {
      const already = document.getElementsByTagName('*').length - document.body.getElementsByTagName('*').length;
      document.body.innerHTML = '<p></p>'.repeat(total - already);
    };
    fill(ROOM_LIMIT_ELEMENTS);
    expect(document.getElementsByTagName('*').length).toBe(ROOM_LIMIT_ELEMENTS);
    expect(uiLayoutFor(document)).toBe('room');
    fill(ROOM_LIMIT_ELEMENTS + 1);
    expect(uiLayoutFor(document)).toBe('overlay');
  });
});
