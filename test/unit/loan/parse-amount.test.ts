import { describe, expect, it } from 'vitest';
import { findAmounts as findAmountsIn, parseAmount as parseAmountIn } from '../../../src/core/facts/loan/parse-amount';
import { numerals, parseChineseNumeral as parseNumeralIn } from '../../../src/core/facts/numbers';
import { GRAMMAR } from '../bundled-grammar';

const parseAmount = (text: string) => parseAmountIn(text, GRAMMAR);
const findAmounts = (text: string) => findAmountsIn(text, GRAMMAR);
const parseChineseNumeral = (text: string) => parseNumeralIn(text, numerals(GRAMMAR));

describe('parseAmount', () => {
  it.each([
    ['1万', 10000],
    ['1.5万元', 15000],
    ['10,000元', 10000],
    ['¥10000', 10000],
    ['￥10,000.00', 10000],
    ['￥ 5,000', 5000],
    ['壹万元', 10000],
    ['一万元', 10000],
    ['3千', 3000],
    ['5000块', 5000],
    ['1万5千', 15000],
    ['1万5', 15000],
    ['约876.5元', 876.5],
    ['两万五千元', 25000],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('returns null for text without a number', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('立即申请')).toBeNull();
  });

  it('reads zero as zero, not as missing', () => {
    expect(parseAmount('0元')).toBe(0);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十二', 12],
    ['二十', 20],
    ['一百零八', 108],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['三千五', 3500],
    ['两万五', 25000],
    ['十万', 100000],
    ['一万五千', 15000],
    ['壹万贰仟', 12000],
    ['一亿两千万', 120000000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects strings that are not numerals', () => {
    expect(parseChineseNumeral('一万元')).toBeNull();
    expect(parseChineseNumeral('借款')).toBeNull();
  });
});

describe('findAmounts', () => {
  it('finds money but not terms, dates or percentages', () => {
    const found = findAmounts('2026年借款1.5万元分12期，每期还款1,300元，日息0.05%，服务费￥200');
    expect(found.map((a) => a.value)).toEqual([15000, 1300, 200]);
  });

  it('keeps offsets that point at the matched text', () => {
    const text = '到账9200元';
    const [a] = findAmounts(text);
    expect(text.slice(a!.start, a!.end)).toBe('9200元');
  });
});
