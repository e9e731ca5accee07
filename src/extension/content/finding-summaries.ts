// Findings → what the badge and popup need: plain JSON in the reader's language.
import { clipText } from '../../core/facts/evidence-snippet';
import { findingInLanguage } from '../../core/report/findings';
import type { Finding } from '../../core/shared/types';
import type { FindingSummary } from '../protocol';

const MAX_EVIDENCE = 5;
const MAX_SNIPPET = 200;

export function toSummaries(findings: readonly Finding[], lang: 'zh' | 'en'): FindingSummary[] {
  return findings.map((f, index) => {
    return {
      index,
      ...findingInLanguage(f, lang),
      sources: f.sources.map((s) => ({ ...s })),
      evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ text: clipText(e.text, MAX_SNIPPET) })),
    };
  });
}
