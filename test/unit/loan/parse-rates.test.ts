import { describe, expect, it } from 'vitest';
import { annualise, parseRates as parseRatesIn } from '../../../src/core/facts/loan/parse-rates';
import { GRAMMAR } from '../bundled-grammar';

const parseRates = (text: string) => parseRatesIn(text, GRAMMAR);

const rates = (text: string) => parseRates(text).rates.map((r) => ({ period: r.period, values: r.values, floor: r.floor }));

describe('parseRates', () => {
  it('reads daily rates in their usual spellings', () => {
    expect(rates('日息低至0.02%')).toEqual([{ period: 'daily', values: [0.02], floor: true }]);
    expect(rates('日利率0.05%')).toEqual([{ period: 'daily', values: [0.05], floor: false }]);
    expect(rates('日费率：0.03%起')).toEqual([{ period: 'daily', values: [0.03], floor: true }]);
  });

  it('reads 万分之X as a daily rate in percent', () => {
    expect(rates('万分之五')).toEqual([{ period: 'daily', values: [0.05], floor: false }]);
    expect(rates('日息万分之三起')).toEqual([{ period: 'daily', values: [0.03], floor: true }]);
    expect(rates('利息低至万分之2.5')[0]?.values).toEqual([0.025]);
  });

  it('reads "per 10,000 yuan per day" costs as a daily rate', () => {
    expect(rates('每万元日息仅需2元')).toEqual([{ period: 'daily', values: [0.02], floor: true }]);
  });

  it('reads monthly rates', () => {
    expect(rates('月费率仅为0.8%')).toEqual([{ period: 'monthly', values: [0.8], floor: true }]);
    expect(rates('月息1.5%')[0]?.period).toBe('monthly');
    expect(rates('每期手续费率0.6%')[0]?.period).toBe('monthly');
  });

  it('reads annual rates with 单利, ranges and "最高"', () => {
    expect(rates('年化利率（单利）7.2%-24%')).toEqual([{ period: 'annual', values: [7.2, 24], floor: false }]);
    expect(rates('年化利率3.6%，最高24%')[0]?.values).toEqual([3.6, 24]);
    expect(rates('年利率7.2~18%')[0]?.values).toEqual([7.2, 18]);
    expect(rates('近似折算年化利率13.02%')[0]).toMatchObject({ period: 'annual', values: [13.02] });
    expect(rates('APR 35.9%')[0]).toMatchObject({ period: 'annual', values: [35.9] });
    expect(rates('年化利率7.2%起')[0]?.floor).toBe(true);
  });

  it('reads both rates when a daily rate is followed by its APR', () => {
    expect(rates('日利率0.02%（年化利率7.3%）').map((r) => r.period)).toEqual(['daily', 'annual']);
  });

  it('ignores penalty rates, deposit and investment yields', () => {
    expect(rates('逾期罚息日利率0.05%')).toEqual([]);
    expect(rates('年化收益率3%')).toEqual([]);
    expect(rates('存款年利率1.5%')).toEqual([]);
  });

  it('leaves a label without a value dangling, for the next block', () => {
    const parsed = parseRates('年化利率（单利）');
    expect(parsed.rates).toEqual([]);
    expect(parsed.dangling[0]?.period).toBe('annual');
  });

  it('does not take a number far from the label or behind a sentence end', () => {
    expect(rates('年化利率以合同为准。服务费1%')).toEqual([]);
  });
});

describe('annualise', () => {
  it('multiplies simply, as the PBOC announcement does for display', () => {
    expect(annualise('daily', 0.05)).toBeCloseTo(18.25, 10);
    expect(annualise('monthly', 1.5)).toBeCloseTo(18, 10);
    expect(annualise('annual', 24)).toBe(24);
  });
});

describe('spoken rates', () => {
  const first = (text: string) => parseRates(text).rates[0];
  it('reads 万五 as 万分之五 and 月息N分 as N% a month', () => {
    expect(first('日息万五，当天放款')).toMatchObject({ period: 'daily', values: [0.05] });
    expect(first('月息2分，随借随还')).toMatchObject({ period: 'monthly', values: [2] });
    expect(first('月息1分5')).toMatchObject({ period: 'monthly', values: [1.5] });
    expect(first('月息八厘')).toMatchObject({ period: 'monthly', values: [0.8] });
    expect(first('年息1分')).toMatchObject({ period: 'annual', values: [10] });
  });
  it('leaves minutes, periods and bare 分 without a rate label alone', () => {
    expect(first('月利率 5分钟审批')).toBeUndefined();
    expect(parseRates('满意度5分').rates).toEqual([]);
  });
});
