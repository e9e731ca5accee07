import { describe, expect, it } from 'vitest';
import {
  parseClaimAmount as parseClaimAmountIn,
  parseIncomeClaim as parseIncomeClaimIn,
} from '../../../src/core/facts/training/income-claim';
import { numerals, parseChineseNumeral } from '../../../src/core/facts/numbers';
import { GRAMMAR } from '../bundled-grammar';

const parseClaimAmount = (text: string) => parseClaimAmountIn(text, GRAMMAR);
const parseIncomeClaim = (text: string) => parseIncomeClaimIn(text, GRAMMAR);
const VAGUE = new Map([
  ['几', 2],
  ['半', 0.5],
]);
const parseSmallChineseNumber = (text: string) => parseChineseNumeral(text, numerals(GRAMMAR), VAGUE);

describe('parseSmallChineseNumber', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['三千', 3000],
    ['五万', 50000],
    ['十万', 100000],
    ['百万', 1000000],
    ['几万', 20000],
    ['半', 0.5],
  ])('%s → %d', (text, value) => expect(parseSmallChineseNumber(text)).toBe(value));

  it('rejects text that is not a numeral', () => {
    expect(parseSmallChineseNumber('一线')).toBeNull();
    expect(parseSmallChineseNumber('')).toBeNull();
  });
});

describe('parseClaimAmount', () => {
  it.each([
    ['过万', 10000],
    ['破万', 10000],
    ['六位数', 100000],
    ['5位数', 10000],
    ['8000', 8000],
    ['11.8万', 118000],
    ['3万+', 30000],
    ['3w', 30000],
    ['5k', 5000],
    ['601元', 601],
    ['百万', 1000000],
  ])('%s → %d', (text, value) => expect(parseClaimAmount(text)).toBe(value));
});

describe('parseIncomeClaim', () => {
  it.each([
    ['月入过万', 10000, 30, 10000],
    ['月入8000', 8000, 30, 8000],
    ['日赚601', 601, 1, 18030],
    ['两个月赚11.8万', 118000, 60, 59000],
    ['年入百万', 1000000, 365, 82192],
    ['月入3万+', 30000, 30, 30000],
    ['每天收入300', 300, 1, 9000],
    ['3天赚了2000', 2000, 3, 20000],
    ['半年赚30万', 300000, 182.5, 49315],
    ['月收入可达2万', 20000, 30, 20000],
    ['收入3万/月', 30000, 30, 30000],
    ['赚2000元/天', 2000, 1, 60000],
    ['一个月多赚5000', 5000, 30, 5000],
    ['月均收入2万', 20000, 30, 20000],
    ['一天赚个几百', 200, 1, 6000],
  ])('%s → %d yuan over %d days (%d a month)', (text, amount, periodDays, monthly) => {
    expect(parseIncomeClaim(text)).toEqual({ amount, periodDays, monthly });
  });

  it('gives null when no amount can be read', () => {
    expect(parseIncomeClaim('月入')).toBeNull();
    expect(parseIncomeClaim('每月1日入群')).toBeNull();
    expect(parseIncomeClaim('报名费1980元')).toBeNull();
  });

  it('gives null for figures too small to be a promise (a year count read as a period)', () => {
    expect(parseIncomeClaim('2024年赚了30')).toBeNull();
    expect(parseIncomeClaim('月入一')).toBeNull();
    expect(parseIncomeClaim('2天可赚11')).toBeNull();
  });
});
