// One marker per evidence element: several findings that point at one element share it.
import { severityRank } from '../core/findings';
import type { Finding, Severity } from '../core/types';

export interface IndexedFinding {
  /** Position in the displayed findings (FindingSummary.index, `reveal`). */
  index: number;
  finding: Finding;
  /** What the page says at this element, for the popover's quote. */
  evidenceText: string;
}

export interface MarkerGroup {
  element: Element;
  items: IndexedFinding[];
  severity: Severity;
}

export function groupByElement(findings: readonly Finding[]): MarkerGroup[] {
  const groups = new Map<Element, MarkerGroup>();
  findings.forEach((finding, index) => {
    for (const evidence of finding.evidence) {
      const element = evidence.element;
      if (!element || !element.isConnected) continue;
      let group = groups.get(element);
      if (!group) {
        group = { element, items: [], severity: finding.severity };
        groups.set(element, group);
      }
      if (group.items.some((i) => i.index === index)) continue;
      group.items.push({ index, finding, evidenceText: evidence.text });
      if (severityRank(finding.severity) > severityRank(group.severity)) group.severity = finding.severity;
    }
  });
  for (const group of groups.values()) group.items.sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity));
  return [...groups.values()];
}
