import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { filterBySensitivity, resolveOverlaps } from '../../../src/core/report/findings';
import { LexiconMatcher } from '../../../src/core/match/lexicon-matcher';
import { takeSnapshot } from '../../../src/core/read/snapshot';
import type { Finding, Severity } from '../../../src/core/shared/types';

const matcher = new LexiconMatcher(
  {
    'loan.signals': { phrases: ['借款', '额度', '日息', '放款', '立即申请'], patterns: [], negatable: false },
    'common.reporting': { phrases: ['记者', '报道', '提醒消费者'], patterns: [], negatable: false },
  },
  [],
);
const specs = [
  { kind: 'loan' as const, signals: 'loan.signals', minDistinct: 3 },
  { kind: 'other' as const, signals: 'common.reporting', minDistinct: 2 },
];

function kindOf(html: string) {
  document.body.innerHTML = html;
  const s = takeSnapshot(document);
  return classify(s, matcher.match(s), specs, (text) => matcher.lexiconsIn(text));
}

describe('classify', () => {
  it('needs enough distinct signals, not repeats of one', () => {
    expect(kindOf('<p>借款 额度 立即申请</p>').kind).toBe('loan');
    expect(kindOf('<p>借款 借款 借款 借款</p>').kind).toBe('other');
  });

  it('lets reporting signals veto a domain kind (news quoting a lure)', () => {
    const r = kindOf('<p>记者调查：借款 额度 日息 放款，提醒消费者</p>');
    expect(r.kind).toBe('other');
    expect(r.scores.loan).toBe(4);
  });
});

const el = (tag = 'p') => document.createElement(tag);
function finding(risk: Finding['risk'], severity: Severity, elements: Element[], ruleId: string = risk): Finding {
  const m = { title: 't', explain: 'e', advice: 'a', hotline: 'h' };
  return {
    ruleId,
    risk,
    severity,
    message: { zh: m, en: m },
    sources: [],
    evidence: elements.map((e) => ({ text: 'x', element: e })),
  };
}

describe('resolveOverlaps', () => {
  it('drops from common.* the evidence a domain finding already reports', () => {
    const box = el('input');
    const other = el('input');
    const out = resolveOverlaps([
      finding('common.prechecked-consent', 'caution', [box, other]),
      finding('loan.bundled-consent', 'danger', [box]),
    ]);
    const common = out.find((f) => f.risk === 'common.prechecked-consent');
    expect(common?.evidence.map((e) => e.element)).toEqual([other]);
    const onlyShared = resolveOverlaps([
      finding('common.prechecked-consent', 'caution', [box]),
      finding('loan.bundled-consent', 'danger', [box]),
    ]);
    expect(onlyShared.map((f) => f.risk)).toEqual(['loan.bundled-consent']);
  });

  it('merges rules of one risk, keeping the most severe and all evidence, sorted by severity', () => {
    const a = el();
    const b = el();
    const out = resolveOverlaps([
      finding('loan.apr-over-cap', 'caution', [a], 'loan.apr-over-cap.24'),
      finding('loan.debt-rollover', 'caution', [a]),
      finding('loan.apr-over-cap', 'danger', [b], 'loan.apr-over-cap.36'),
    ]);
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      ['loan.apr-over-cap.36', 'danger'],
      ['loan.debt-rollover', 'caution'],
    ]);
    expect(out[0]?.evidence.map((e) => e.element)).toEqual([b, a]);
  });
});

describe('filterBySensitivity', () => {
  const all = [
    finding('loan.debt-rollover', 'info', []),
    finding('loan.advance-fee', 'caution', []),
    finding('loan.apr-over-cap', 'danger', []),
  ];
  it.each([
    ['relaxed', ['danger']],
    ['standard', ['caution', 'danger']],
    ['elder', ['info', 'caution', 'danger']],
  ] as const)('%s shows %j', (profile, severities) => {
    expect(filterBySensitivity(all, profile).map((f) => f.severity)).toEqual(severities);
  });
});
