// The toolbar badge: how many findings the page shows, coloured by the most severe one.
import type { FindingSummary } from '../protocol';
import type { Severity } from '../../core/shared/types';

export const BADGE_COLOURS: Record<Severity, string> = {
  danger: '#C62828',
  caution: '#E65100',
  info: '#1565C0',
};

const RANK: Record<Severity, number> = { info: 0, caution: 1, danger: 2 };

export interface BadgeLook {
  text: string;
  colour: string | null;
}

export function badgeFor(findings: readonly Pick<FindingSummary, 'severity'>[], uiHidden = false): BadgeLook {
  if (findings.length === 0) return { text: '', colour: null };
  let worst: Severity = 'info';
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  // The page hides the inline warnings (content script's host guard): the badge, which no page
  // can touch, says "!" instead of the count (issue 18).
  if (uiHidden) return { text: '!', colour: BADGE_COLOURS[worst] };
  return { text: findings.length > 99 ? '99+' : String(findings.length), colour: BADGE_COLOURS[worst] };
}
