import { describe, expect, it } from 'vitest';
import { borrowedPhrases as borrowedPhrasesIn, parseTerms as parseTermsIn } from '../../../src/core/facts/loan/parse-terms';
import { GRAMMAR } from '../bundled-grammar';

const parseTerms = (text: string) => parseTermsIn(text, GRAMMAR);
const borrowedPhrases = (text: string) => borrowedPhrasesIn(text, GRAMMAR);

describe('parseTerms', () => {
  it('reads borrowed and received amounts', () => {
    expect(parseTerms('借10000到账9200')).toMatchObject({ borrowed: 10000, received: 9200 });
    expect(parseTerms('借款1万元，实际到账9,200元')).toMatchObject({ borrowed: 10000, received: 9200 });
  });

  it('reads instalment loans', () => {
    expect(parseTerms('借5000分12期每期还500')).toMatchObject({
      borrowed: 5000,
      periods: 12,
      periodsPerYear: 12,
      instalment: 500,
    });
    expect(parseTerms('借款金额\n10,000元\n借款期限\n12个月\n每月还款\n933元')).toMatchObject({
      borrowed: 10000,
      periods: 12,
      instalment: 933,
    });
    expect(parseTerms('借3000元，每周还款300元，共12期')).toMatchObject({ periods: 12, periodsPerYear: 52, instalment: 300 });
  });

  it('reads one-off repayment after a number of days', () => {
    expect(parseTerms('借1000元7天还1050元')).toMatchObject({ borrowed: 1000, termDays: 7, total: 1050 });
    expect(parseTerms('借款1万元，期限30天，到期还款10150元')).toMatchObject({ termDays: 30, total: 10150 });
  });

  it('reads fees deducted at disbursement, in either order', () => {
    expect(parseTerms('借款10000元，放款时扣除服务费800元').upfrontFees).toBe(800);
    expect(parseTerms('借款1万元，服务费800元从借款中直接扣除').upfrontFees).toBe(800);
  });

  it('does not mistake a monthly repayment debit for a deduction', () => {
    expect(parseTerms('借款1万元，每月从银行卡自动扣除还款880元').upfrontFees).toBe(0);
  });

  it('does not take a ceiling for an example loan', () => {
    expect(parseTerms('最高可借20万，分12期').borrowed).toBeUndefined();
    expect(borrowedPhrases('额度最高可借20万')).toEqual([]);
  });

  it('does not read the term or a rate as money', () => {
    const t = parseTerms('借款12期，日息0.05%');
    expect(t.borrowed).toBeUndefined();
  });
});
