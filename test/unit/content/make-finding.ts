// Findings for tests: a real rule's shape, with the evidence elements the test decides.
import type { Finding, RiskCode, Severity } from '../../../src/core/shared/types';

export function makeFinding(
  risk: RiskCode,
  severity: Severity,
  elements: Array<Element | undefined>,
  ruleId = `${risk}.test`,
): Finding {
  const title = `${risk} title`;
  return {
    ruleId,
    risk,
    severity,
    message: {
      zh: { title: `标题 ${risk}`, explain: `说明 ${risk}。`, advice: '先别付钱。', hotline: '12378（金融监管）' },
      en: { title, explain: `Explain ${risk}.`, advice: 'Do not pay.', hotline: '12378' },
    },
    sources: [{ issuer: '国家金融监督管理总局', document: '关于防范金融风险的提示', date: '2024-01-01' }],
    evidence: elements.map((element, i) => ({ text: element?.textContent ?? `evidence ${i}`, element })),
  };
}
