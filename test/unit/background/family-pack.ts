// A small, valid rule pack as a family might import it (used by the pack-import tests).
export function familyPack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'family-extra',
    version: '1.0.0',
    title: { zh: '家里补充的规则', en: 'Family extra rules' },
    lexicons: { 'family.healthProducts': { phrases: ['包治百病', '神药'] } },
    rules: [
      {
        id: 'family.health-miracle.phrases',
        risk: 'training.income-promise',
        severity: 'caution',
        pageKinds: ['other'],
        conditions: {
          all: [{ fact: 'lexicon', params: { lexicon: 'family.healthProducts' }, operator: 'greaterThanInclusive', value: 1 }],
        },
        message: {
          zh: {
            title: '夸大功效',
            explain: '页面说产品包治百病，这是虚假宣传。',
            advice: '不要购买，问问医生。',
            hotline: '12315（市场监管投诉举报）',
          },
          en: {
            title: 'Miracle claims',
            explain: 'The page claims a cure-all, which is false advertising.',
            advice: 'Do not buy; ask a doctor.',
            hotline: '12315 (market regulation complaints)',
          },
        },
        sources: [{ issuer: '国家市场监督管理总局', document: '广告法', date: '2015-04-24' }],
        examples: { flag: ['<p>神药包治百病</p>', '<p>本品是神药</p>'], pass: ['<p>请遵医嘱</p>', '<p>天气很好</p>'] },
      },
    ],
    ...overrides,
  };
}
