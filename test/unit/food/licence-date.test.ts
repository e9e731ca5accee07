import { describe, expect, it } from 'vitest';
import { foodGrammar } from '../../../src/core/facts/food/food-grammar';
import { hasExpired, parseLicenceEnd as parseLicenceEndIn } from '../../../src/core/facts/food/licence-date';
import { GRAMMAR } from '../bundled-grammar';

const parseLicenceEnd = (value: string) => parseLicenceEndIn(value, foodGrammar(GRAMMAR));

describe('parseLicenceEnd', () => {
  it('reads the date formats shops use', () => {
    expect(parseLicenceEnd('2023-05-31')).toEqual({ kind: 'date', date: '2023-05-31' });
    expect(parseLicenceEnd('2023年5月31日')).toEqual({ kind: 'date', date: '2023-05-31' });
    expect(parseLicenceEnd('2023.05.31')).toEqual({ kind: 'date', date: '2023-05-31' });
    expect(parseLicenceEnd('2023/5/3')).toEqual({ kind: 'date', date: '2023-05-03' });
    expect(parseLicenceEnd('２０２３年０５月３１日')).toEqual({ kind: 'date', date: '2023-05-31' });
  });

  it('takes the end of a range, and 长期 as open-ended', () => {
    expect(parseLicenceEnd('2018年6月1日至2023年5月31日')).toEqual({ kind: 'date', date: '2023-05-31' });
    expect(parseLicenceEnd('2015-03-01 至 长期')).toEqual({ kind: 'open-ended' });
    expect(parseLicenceEnd('长期')).toEqual({ kind: 'open-ended' });
  });

  it('gives unknown for impossible dates and text', () => {
    expect(parseLicenceEnd('2023-02-30')).toEqual({ kind: 'unknown' });
    expect(parseLicenceEnd('2023-13-01')).toEqual({ kind: 'unknown' });
    expect(parseLicenceEnd('见图片')).toEqual({ kind: 'unknown' });
  });
});

describe('hasExpired', () => {
  it('counts the end day itself as valid', () => {
    expect(hasExpired({ kind: 'date', date: '2026-06-01' }, '2026-06-01')).toBe(false);
    expect(hasExpired({ kind: 'date', date: '2026-05-31' }, '2026-06-01')).toBe(true);
    expect(hasExpired({ kind: 'open-ended' }, '2099-01-01')).toBe(false);
    expect(hasExpired({ kind: 'unknown' }, '2099-01-01')).toBe(false);
  });
});
