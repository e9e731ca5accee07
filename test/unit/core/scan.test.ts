import { describe, expect, it } from 'vitest';
import { compileRuleset, type PackData } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';

const msg = { title: '标题', explain: '解释', advice: '建议', hotline: '12315' };
const rule = (id: string, conditions: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  risk: 'loan.free-interest-with-fees' as const,
  severity: 'caution' as const,
  pageKinds: ['loan' as const],
  conditions,
  message: { zh: msg, en: msg },
  sources: [{ issuer: 'i', document: 'd', date: '2024' }],
  ...extra,
});
const pack: PackData = {
  id: 'test',
  version: '1',
  negations: [],
  lexicons: {
    'test.free': { phrases: ['免息'], patterns: [], negatable: false },
    'test.fee': { phrases: ['服务费'], patterns: [], negatable: false },
    'test.signals': { phrases: ['借款', '额度', '放款'], patterns: [], negatable: false },
  },
  classifier: [{ kind: 'loan', signals: 'test.signals', minDistinct: 2 }],
  rules: [
    rule('test.both', {
      all: [
        { fact: 'lexicon', params: { lexicon: 'test.free' }, operator: 'greaterThanInclusive', value: 1 },
        { fact: 'lexicon', params: { lexicon: 'test.fee' }, operator: 'greaterThanInclusive', value: 1 },
      ],
    }),
    rule(
      'test.free-only-evidence',
      {
        all: [
          { fact: 'lexicon', params: { lexicon: 'test.free' }, operator: 'greaterThanInclusive', value: 1 },
          { not: { fact: 'lexicon', params: { lexicon: 'test.fee' }, operator: 'greaterThanInclusive', value: 5 } },
        ],
      },
      { risk: 'loan.no-credit-check-bait', evidenceFrom: ['lexicon'] },
    ),
  ],
};
const ruleset = compileRuleset([pack]);

function page(html: string) {
  document.body.innerHTML = html;
  return document;
}

describe('scanDocument', () => {
  it('classifies, evaluates once, and attaches evidence from the true conditions', async () => {
    const r = await scanDocument(ruleset, page('<h1>借款</h1><p>额度高</p><p id="a">30天免息</p><p id="b">收取服务费</p>'));
    expect(r.kind).toBe('loan');
    expect(r.firedRules.sort()).toEqual(['test.both', 'test.free-only-evidence']);
    const both = r.findings.find((f) => f.ruleId === 'test.both')!;
    expect(both.evidence.map((e) => e.element?.id)).toEqual(['a', 'b']);
    expect(both.evidence[0]?.text).toBe('30天免息');
    // Evidence under `not` points at nothing: only the 免息 block is shown.
    const other = r.findings.find((f) => f.ruleId === 'test.free-only-evidence')!;
    expect(other.evidence.map((e) => e.element?.id)).toEqual(['a']);
  });

  it('runs no domain rule on a page of another kind', async () => {
    const r = await scanDocument(ruleset, page('<p>30天免息</p><p>收取服务费</p>'));
    expect(r.kind).toBe('other');
    expect(r.findings).toEqual([]);
  });

  it('accepts a forced kind and a subtree root', async () => {
    const d = page('<div id="x"><p>免息</p></div><div id="y"><p>服务费</p></div>');
    const whole = await scanDocument(ruleset, d, { kind: 'loan' });
    expect(whole.firedRules).toContain('test.both');
    const region = await scanDocument(ruleset, d, { kind: 'loan', root: d.getElementById('x') });
    expect(region.firedRules).toEqual(['test.free-only-evidence']);
  });

  it('reports timings per stage', async () => {
    const r = await scanDocument(ruleset, page('<p>借款 额度 免息</p>'));
    expect(Object.keys(r.timings)).toEqual(['quickRead', 'snapshot', 'match', 'classify', 'evaluate']);
  });
});
