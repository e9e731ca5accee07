// The loan fact families over real snapshots (jsdom), with the bundled packs' lexicons.
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { parseHtml } from '../../../src/cli/parse-html';
import { FactMemo, type FactParams } from '../../../src/core/facts/fact-context';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { ephemeralMemory } from '../../../src/core/scan';
import { takeSnapshot } from '../../../src/core/read/snapshot';

const ruleset = compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));

function facts(html: string) {
  const doc = parseHtml(`<html><body>${html}</body></html>`, 'https://loan.example.test/');
  const snapshot = takeSnapshot(doc, { visibility: 'computed' });
  const memo = new FactMemo(ruleset.facts);
  const ctx = memo.context({
    snapshot,
    kind: 'loan',
    hits: ruleset.matcher.match(snapshot),
    today: '2026-06-01',
    phrasesOf: () => [],
    grammar: ruleset.grammar,
    memory: ephemeralMemory(),
    lexiconsIn: (t) => ruleset.matcher.lexiconsIn(t),
  });
  return (name: string, params: FactParams = {}) => ctx.get(name, params);
}

describe('tables with a header row', () => {
  it('reads each header with the value below it: rates and a repayment plan', () => {
    const get = facts(
      '<table><thead><tr><th>借款金额</th><th>借款期限</th><th>每月还款</th><th>月利率</th></tr></thead>' +
        '<tbody><tr><td>10,000元</td><td>12个月</td><td>933元</td><td>1.5%</td></tr></tbody></table>',
    );
    expect(get('maxAnnualisedPeriodicRate').value).toBeCloseTo(18, 5);
    expect(get('computedApr').value).toBeCloseTo(21.39, 1); // 933 a month for 12 months on 10,000
  });

  it('leaves a table whose labels sit beside their values as it was', () => {
    const get = facts('<table><tr><th>月利率</th><td>1.5%</td></tr><tr><th>期限</th><td>12个月</td></tr></table>');
    expect(get('maxAnnualisedPeriodicRate').value).toBeCloseTo(18, 5);
  });
});

describe('rate facts', () => {
  it('joins a rate split across inline elements', () => {
    const get = facts('<p><span>日息</span><em>0.05%</em><span>起</span></p>');
    expect(get('periodicRateShown').value).toBe(true);
    expect(get('aprShown').value).toBe(false);
    expect(get('maxAnnualisedPeriodicRate').value).toBeCloseTo(18.25, 2);
    expect(get('periodicRateShown').evidence[0]?.element?.tagName).toBe('P');
  });

  it('reads a label block followed by its value block', () => {
    const get = facts('<table><tr><td>年化利率（单利）</td><td>7.2%-24%</td></tr></table>');
    expect(get('aprShown').value).toBe(true);
    expect(get('maxStatedApr').value).toBe(24);
  });

  it('does not pair a label with a far-away number in the next block', () => {
    const get = facts('<div>年化利率</div><div>以合同约定为准，最高额度20万，服务费1%</div>');
    expect(get('aprShown').value).toBe(false);
  });

  it('ignores rates in hidden elements', () => {
    const get = facts('<div style="display:none">年化利率7.2%</div><p hidden>日息0.1%</p><p>月费率0.8%</p>');
    expect(get('aprShown').value).toBe(false);
    expect(get('maxAnnualisedPeriodicRate').value).toBeCloseTo(9.6, 2);
  });

  it('takes the top of a range for the highest stated APR', () => {
    expect(facts('<p>年化利率（单利）18%-35.9%</p>')('maxStatedApr').value).toBe(35.9);
  });

  it('sees a periodic rate in a headline with the APR in small print', () => {
    expect(facts('<h1>日息低至0.03%</h1><footer><small>年化利率10.95%起</small></footer>')('periodicRateProminent').value).toBe(
      true,
    );
    expect(facts('<h1>日息低至0.03%</h1><p>年化利率10.95%起</p>')('periodicRateProminent').value).toBe(false);
    expect(facts('<h1>年化利率7.2%起</h1><p style="font-size:11px">日利率0.02%</p>')('periodicRateProminent').value).toBe(false);
  });
});

describe('loan-term facts', () => {
  it('computes the IRR APR of an example loan', () => {
    const get = facts('<p>借5000分12期，每期还500元</p>');
    expect(get('computedApr').value).toBeCloseTo(35.07, 2);
    expect(get('computedAprCompound').value).toBeCloseTo(41.3, 1);
    expect(get('computedApr').evidence[0]?.text).toContain('借5000');
  });

  it('counts what is deducted before disbursement in the APR', () => {
    const plain = facts('<p>借款10000元，分12期，每期还款900元</p>')('computedApr').value as number;
    const deducted = facts('<p>借款10000元，实际到账9200元，分12期，每期还款900元</p>')('computedApr').value as number;
    expect(deducted).toBeGreaterThan(plain + 10);
  });

  it('reads a calculator table across blocks', () => {
    const get = facts(
      '<table><tr><td>借款金额</td><td>10,000元</td></tr><tr><td>借款期限</td><td>12期</td></tr><tr><td>每期还款</td><td>1,083元</td></tr></table>',
    );
    expect(get('computedApr').value).toBeGreaterThan(36);
  });

  it('gives -1 when terms are incomplete, and does not mix two examples', () => {
    expect(facts('<p>借款10000元，随借随还</p>')('computedApr').value).toBe(-1);
    expect(facts('<p>借1000元</p><p>借5000元分12期每期还430元</p>')('computedApr').value).toBeLessThan(6);
  });

  it('reads two examples written in one paragraph separately', () => {
    const get = facts('<p>借1000元7天还1005元；借5000分12期每期还500元。</p>');
    expect(get('computedApr').value).toBeCloseTo(35.07, 2);
  });

  it('measures the gap between borrowed and received', () => {
    expect(facts('<p>借10000到账9200</p>')('receivedBelowBorrowed').value).toBe(800);
    expect(facts('<p>借款1万元，放款时扣除服务费800元</p>')('receivedBelowBorrowed').value).toBe(800);
    expect(facts('<p>借款10000元，实际到账10000元</p>')('receivedBelowBorrowed').value).toBe(0);
    expect(facts('<p>借款10000元，到账时间1-3天，首笔到账500元红包</p>')('receivedBelowBorrowed').value).toBe(0);
  });
});

describe('fee facts', () => {
  const fees = (html: string) => facts(html)('feesListed', { lexicon: 'loan.fee' }).value;

  it('counts fees listed with a positive price', () => {
    expect(fees('<p>服务费：每月1.5%</p><p>担保费200元</p>')).toBe(2);
    expect(fees('<table><tr><td>管理费</td><td>0.3%/月</td></tr></table>')).toBe(1);
  });

  it('does not count waived or zero fees', () => {
    expect(fees('<p>无服务费、免管理费</p><p>手续费0元</p>')).toBe(0);
    expect(fees('<p>服务费说明请见合同</p>')).toBe(0);
  });
});

describe('hostile input', () => {
  it('stays fast on an enormous block full of rates and loan phrases', () => {
    const junk = '日息0.1%借1000元到账900元年化利率'.repeat(8000);
    const get = facts(`<p>${junk}</p>`);
    // Parsing and lexicon matching are the core's; time only the loan facts.
    const start = Date.now();
    expect(get('maxAnnualisedPeriodicRate').value).toBeCloseTo(36.5, 2);
    get('computedApr');
    get('receivedBelowBorrowed');
    get('feesListed', { lexicon: 'loan.fee' });
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
