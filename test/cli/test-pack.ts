// A small rule pack the CLI tests control, so they do not depend on the loan/food/training packs
// as those evolve. Three lexicon rules (one per severity) and one rule on the licence memory.
import type { PackInput } from '../../src/core/packs/pack-schema';

const message = (title: string) => ({
  zh: { title: `${title}（中文）`, explain: '测试说明。', advice: '测试建议。', hotline: '12315' },
  en: { title, explain: 'Test explanation.', advice: 'Test advice.', hotline: '12315' },
});

const sources = [{ issuer: '测试机关', document: '测试文件', date: '2024-01-01', article: '第一条' }];
const ALL_KINDS = ['loan', 'food-delivery', 'training-course', 'other'] as const;

function lexiconRule(id: string, risk: string, severity: string, lexicon: string, word: string) {
  return {
    id,
    risk,
    severity,
    pageKinds: [...ALL_KINDS],
    conditions: { all: [{ fact: 'lexicon', params: { lexicon }, operator: 'greaterThanInclusive', value: 1 }] },
    message: message(`${severity} word`),
    sources,
    examples: {
      flag: [`<p>${word}</p>`, `<div><span>今天</span>${word}</div>`],
      pass: ['<p>普通文字</p>', '<p>没有关键词的段落</p>'],
    },
  };
}

export const DANGER_WORD = '测试危险词';
export const CAUTION_WORD = '测试注意词';
export const INFO_WORD = '测试提示词';

export function testPack(): PackInput {
  return {
    id: 'clitest',
    version: '1.0.0',
    title: { zh: '命令行测试', en: 'CLI test pack' },
    lexicons: {
      'clitest.danger': { phrases: [DANGER_WORD] },
      'clitest.caution': { phrases: [CAUTION_WORD] },
      'clitest.info': { phrases: [INFO_WORD] },
      // The food facts read licence field labels from these lexicons (vocabulary is pack data).
      'food.field.permit': { phrases: ['食品经营许可证编号'] },
      'food.field.holder': { phrases: ['营业执照主体'] },
    },
    rules: [
      lexiconRule('clitest.danger-word', 'loan.advance-fee', 'danger', 'clitest.danger', DANGER_WORD),
      lexiconRule('clitest.caution-word', 'loan.debt-rollover', 'caution', 'clitest.caution', CAUTION_WORD),
      lexiconRule('clitest.info-word', 'training.pressure-sale', 'info', 'clitest.info', INFO_WORD),
      {
        id: 'clitest.shared-licence',
        risk: 'food.license-shared',
        severity: 'caution',
        pageKinds: [...ALL_KINDS],
        conditions: { all: [{ fact: 'licenceSharedNames', operator: 'greaterThanInclusive', value: 2 }] },
        message: message('shared licence'),
        sources,
        examples: {
          flag: [
            { html: foodShop('好味炸鸡', LICENCE), memory: { [LICENCE]: ['老王麻辣烫'] } },
            { html: foodShop('阿香米线', LICENCE), memory: { [LICENCE]: ['老王麻辣烫', '好味炸鸡'] } },
          ],
          pass: [foodShop('好味炸鸡', LICENCE), { html: foodShop('好味炸鸡', LICENCE), memory: { [LICENCE]: ['好味炸鸡'] } }],
        },
      },
    ],
  } as PackInput;
}

export const LICENCE = 'JY14401060012345';

/** A small food-delivery shop page showing its licence number. */
export function foodShop(name: string, licence: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${name} - 外卖点餐</title></head><body>
<h1>${name}</h1><p>月售 1200 · 配送费 ¥3 · 起送 ¥20</p>
<section><h2>商家资质</h2><p>营业执照主体：${name}</p><p>食品经营许可证编号：${licence}</p><p>经营地址：广州市天河区体育西路 100 号</p></section>
</body></html>`;
}
