// The metamorphic relations as checks that say what differs.
import type { Outcome } from './fixture-scan';

const DOMAIN = /^(loan|food|training)\./;

const scores = (o: Outcome) => JSON.stringify(o.kindScores);

/** Same kind and same risk codes, or a description of the difference. */
export function sameFindings(original: Outcome, variant: Outcome): string | null {
  const problems: string[] = [];
  if (variant.kind !== original.kind)
    problems.push(`kind ${variant.kind} instead of ${original.kind} (scores ${scores(variant)}, were ${scores(original)})`);
  const lost = original.risks.filter((r) => !variant.risks.includes(r));
  const gained = variant.risks.filter((r) => !original.risks.includes(r));
  if (lost.length) problems.push(`lost risks: ${lost.join(', ')}`);
  if (gained.length)
    problems.push(
      `new risks: ${gained.join(', ')}\n    ${variant.details.filter((d) => gained.some((g) => d.startsWith(`${g} `))).join('\n    ')}`,
    );
  return problems.length ? problems.join('\n  ') : null;
}

/** Kind `other` and no domain findings, or what is wrong. */
export function reportedOnly(variant: Outcome): string | null {
  const problems: string[] = [];
  if (variant.kind !== 'other') problems.push(`kind ${variant.kind} instead of other (scores ${scores(variant)})`);
  const domain = variant.details.filter((d) => DOMAIN.test(d));
  if (domain.length) problems.push(`domain findings:\n    ${domain.join('\n    ')}`);
  return problems.length ? problems.join('\n  ') : null;
}
