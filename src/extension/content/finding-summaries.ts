// Findings → what the badge and popup need: plain JSON in the reader's language.
import type { Finding } from '../../core/types';
import type { FindingSummary } from '../protocol';

const MAX_EVIDENCE = 5;
const MAX_SNIPPET = 200;

export function toSummaries(findings: readonly Finding[], lang: 'zh' | 'en'): FindingSummary[] {
  return findings.map((f, index) => {
    const m = f.message[lang];
    return {
      index,
      ruleId: f.ruleId,
      risk: f.risk,
      severity: f.severity,
      title: m.title,
      explain: m.explain,
      advice: m.advice,
      hotline: m.hotline,
      sources: f.sources.map((s) => ({ ...s })),
      evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ text: e.text.slice(0, MAX_SNIPPET) })),
    };
  });
}
