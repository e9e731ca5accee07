// The one count of a page's warnings, said the same way by the banner, the markers, the badge
// and the popup: risks are the shown findings, 处 (places) the markers they are drawn at. The
// content script computes it here and sends it with the findings; the page UI uses the same code.
import type { Finding } from '../core/shared/types';
import { groupByElement, MAX_MARKERS } from './marker-groups';

export interface RiskCount {
  risks: number;
  places: number;
}

export function countRisks(findings: readonly Finding[]): RiskCount {
  return { risks: findings.length, places: Math.min(groupByElement(findings).length, MAX_MARKERS) };
}
