// Post-processing of findings. One piece of evidence reports one risk, the most specific:
// a box already reported by a domain rule is not reported again as common.prechecked-consent.
import type { Finding, Lang, Sensitivity, Severity } from '../shared/types';

const RANK: Record<Severity, number> = { info: 0, caution: 1, danger: 2 };

export const severityRank = (s: Severity) => RANK[s];

export function resolveOverlaps(findings: Finding[]): Finding[] {
  const domainElements = new Set<Element>();
  for (const f of findings) {
    if (f.risk.startsWith('common.')) continue;
    for (const e of f.evidence) if (e.element) domainElements.add(e.element);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.risk.startsWith('common.')) {
      out.push(f);
      continue;
    }
    const evidence = f.evidence.filter((e) => !e.element || !domainElements.has(e.element));
    if (evidence.length) out.push({ ...f, evidence });
  }
  // Several rules may report one risk; keep the most severe per risk and merge their evidence.
  const byRisk = new Map<string, Finding>();
  for (const f of out) {
    const prev = byRisk.get(f.risk);
    if (!prev) {
      byRisk.set(f.risk, f);
      continue;
    }
    const [keep, other] = RANK[f.severity] > RANK[prev.severity] ? [f, prev] : [prev, f];
    const evidence = [...keep.evidence];
    for (const e of other.evidence)
      if (
        !evidence.some((x) => x.text === e.text && x.element === e.element && JSON.stringify(x.note) === JSON.stringify(e.note))
      )
        evidence.push(e);
    byRisk.set(f.risk, { ...keep, evidence });
  }
  return [...byRisk.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

const MIN_SEVERITY: Record<Sensitivity, Severity> = { relaxed: 'danger', standard: 'caution', elder: 'info' };

/** relaxed: danger only; standard: caution and danger; elder: everything. */
export function filterBySensitivity(findings: readonly Finding[], sensitivity: Sensitivity): Finding[] {
  const min = RANK[MIN_SEVERITY[sensitivity]];
  return findings.filter((f) => RANK[f.severity] >= min);
}

/** A finding's identity and message in one language: the common part of every serialised form. */
export function findingInLanguage(f: Finding, lang: Lang) {
  const m = f.message[lang];
  return {
    ruleId: f.ruleId,
    risk: f.risk,
    severity: f.severity,
    title: m.title,
    explain: m.explain,
    advice: m.advice,
    hotline: m.hotline,
  };
}
