// After a region rescan: findings that pointed into the rescanned regions (or at elements the
// page removed) are replaced by what the region scan found; everything else stays.
import { resolveOverlaps } from '../../core/report/findings';
import type { Evidence, Finding } from '../../core/shared/types';

const isInside = (el: Element, roots: readonly Element[]) => roots.some((root) => root === el || root.contains(el));

/** Evidence still valid after `roots` were rescanned: not inside them, still in the document. */
function keepEvidence(e: Evidence, roots: readonly Element[]): boolean {
  if (!e.element) return true;
  return e.element.isConnected && !isInside(e.element, roots);
}

/** Drop evidence at elements the page removed; drop findings left with none. */
export function pruneDisconnected(findings: readonly Finding[]): Finding[] {
  return mergeRegionFindings(findings, [], []);
}

export function mergeRegionFindings(
  previous: readonly Finding[],
  regionFindings: readonly Finding[],
  roots: readonly Element[],
): Finding[] {
  const kept: Finding[] = [];
  for (const f of previous) {
    const evidence = f.evidence.filter((e) => keepEvidence(e, roots));
    // A finding whose every anchor went away is gone; one that never had an element stays.
    if (evidence.length === 0 && f.evidence.length > 0) continue;
    kept.push(evidence.length === f.evidence.length ? f : { ...f, evidence });
  }
  // resolveOverlaps merges findings of one risk (most severe wins, evidence joined) and keeps
  // common.* off elements a domain finding already reports.
  return resolveOverlaps([...kept, ...regionFindings]);
}

/** Risk codes in `found` that `current` does not report yet. */
export function newRisks(current: readonly Finding[], found: readonly Finding[]): string[] {
  const known = new Set(current.map((f) => f.risk));
  return [...new Set(found.map((f) => f.risk))].filter((r) => !known.has(r));
}
