// One marker per piece of evidence: findings whose evidence is the same element, or elements
// nested in one another (a phrase inside a sentence that is itself evidence), or a checkbox and
// its label, share one marker at the outermost of them.
import { severityRank } from '../core/report/findings';
import type { EvidenceNote, Finding, Severity } from '../core/shared/types';
import { annotatedElement } from './marker-anchor';

export interface IndexedFinding {
  /** Position in the displayed findings (FindingSummary.index, `reveal`). */
  index: number;
  finding: Finding;
  /** What the page says at this element, for the popover's quote. */
  evidenceText: string;
  /** What Mingbai says about it, shown apart from the quote. */
  evidenceNote?: EvidenceNote;
}

export interface MarkerGroup {
  element: Element;
  items: IndexedFinding[];
  severity: Severity;
}

/** A page that trips one rule on thousands of elements gets this many markers, most severe first. */
export const MAX_MARKERS = 60;

export function groupByElement(findings: readonly Finding[]): MarkerGroup[] {
  const groups = new Map<Element, MarkerGroup>();
  findings.forEach((finding, index) => {
    for (const evidence of finding.evidence) {
      const raw = evidence.element;
      if (!raw || !raw.isConnected) continue;
      const element = annotatedElement(raw);
      let group = groups.get(element);
      if (!group) {
        group = { element, items: [], severity: finding.severity };
        groups.set(element, group);
      }
      addItem(group, { index, finding, evidenceText: evidence.text, ...(evidence.note ? { evidenceNote: evidence.note } : {}) });
    }
  });
  return mergeNested([...groups.values()]).map((group) => {
    group.items.sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index);
    return group;
  });
}

function addItem(group: MarkerGroup, item: IndexedFinding): void {
  if (group.items.some((i) => i.index === item.index)) return;
  group.items.push(item);
  if (severityRank(item.finding.severity) > severityRank(group.severity)) group.severity = item.finding.severity;
}

/** Groups whose element lies inside another group's element join that (outermost) group. */
function mergeNested(groups: MarkerGroup[]): MarkerGroup[] {
  if (groups.length < 2) return groups;
  const byElement = new Map(groups.map((g) => [g.element, g]));
  const kept: MarkerGroup[] = [];
  for (const group of groups) {
    let outer: MarkerGroup | undefined;
    for (let p = group.element.parentElement; p; p = p.parentElement) outer = byElement.get(p) ?? outer;
    if (!outer) {
      kept.push(group);
      continue;
    }
    for (const item of group.items) addItem(outer, item);
  }
  return kept;
}
