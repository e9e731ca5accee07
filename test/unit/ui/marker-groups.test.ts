import { afterEach, describe, expect, it } from 'vitest';
import { groupByElement } from '../../../src/ui/marker-groups';
import { countRisks } from '../../../src/ui/risk-count';
import { riskCountText } from '../../../src/ui/risk-count-text';
import { makeFinding } from '../content/make-finding';

afterEach(() => {
  document.body.replaceChildren();
});

describe('groupByElement: one piece of evidence, one marker', () => {
  it('merges findings whose evidence elements are nested into one marker at the outer element', () => {
    document.body.innerHTML = '<p id="outer">借款 <strong id="inner">不看征信</strong> 当天到账</p><p id="other">另一处</p>';
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const other = document.getElementById('other')!;
    const groups = groupByElement([
      makeFinding('loan.no-credit-check-bait', 'caution', [inner]),
      makeFinding('loan.advance-fee', 'danger', [outer, other]),
    ]);
    expect(groups.map((g) => g.element.id)).toEqual(['outer', 'other']);
    expect(groups[0]!.items.map((i) => i.finding.risk)).toEqual(['loan.advance-fee', 'loan.no-credit-check-bait']);
    expect(groups[0]!.severity).toBe('danger');
  });

  it('marks a checkbox and its label as one place', () => {
    document.body.innerHTML = '<label id="l"><input type="checkbox" id="box" checked> 同意购买保险</label>';
    const box = document.getElementById('box')!;
    const label = document.getElementById('l')!;
    const groups = groupByElement([
      makeFinding('loan.bundled-consent', 'danger', [box]),
      makeFinding('common.prechecked-consent', 'caution', [label]),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items).toHaveLength(2);
  });
});

describe('countRisks', () => {
  it('counts findings as risks and merged marker places as 处', () => {
    document.body.innerHTML = '<div id="a"><span id="b">x</span></div><p id="c">y</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const findings = [
      makeFinding('loan.advance-fee', 'danger', [a, c]),
      makeFinding('loan.no-credit-check-bait', 'caution', [b]),
      makeFinding('loan.apr-not-shown', 'caution', [undefined]),
    ];
    const count = countRisks(findings);
    expect(count).toEqual({ risks: 3, places: 2 });
    expect(riskCountText('zh', count)).toBe('3 个风险 · 2 处');
    expect(riskCountText('en', count)).toBe('3 risks · 2 places');
    expect(riskCountText('en', { risks: 1, places: 1 })).toBe('1 risk · 1 place');
  });
});
