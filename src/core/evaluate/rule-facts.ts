// Which facts a page kind's rules can read, from their conditions: lets a scan of a page known
// to be `other` skip the text walk when those rules read only form controls.
import { LABEL_LEXICON_PARAM } from '../facts/consent-facts';
import type { FactFn } from '../facts/fact-context';
import { walkConditions, type LeafCondition } from './conditions';
import type { CompiledRule } from './compiled-rule';
import type { PageKind } from '../shared/types';

/** Fact names in a condition tree; null when the tree has a shape we do not know (be safe). */
export function factsOf(condition: unknown): Set<string> | null {
  const facts = new Set<string>();
  let known = true;
  walkConditions(condition, (v) => {
    // A value of the form {fact: …} compares with another fact, which the tree does not name.
    const value = v.kind === 'leaf' ? v.node.value : undefined;
    if (v.kind === 'unknown' || (value && typeof value === 'object' && !Array.isArray(value))) known = false;
    else if (v.kind === 'leaf') facts.add(v.node.fact);
  });
  return known ? facts : null;
}

/** True when every rule for `kind` reads only facts in `allowed` (and there is at least one way to know). */
export function kindReadsOnly(
  rules: readonly CompiledRule[],
  kind: PageKind,
  facts: ReadonlyMap<string, FactFn>,
  allowed: ReadonlySet<FactFn>,
): boolean {
  for (const rule of rules) {
    if (!rule.pageKinds.includes(kind)) continue;
    const used = factsOf(rule.conditions);
    if (!used) return false;
    for (const name of used) {
      const fn = facts.get(name);
      if (!fn || !allowed.has(fn)) return false;
    }
  }
  return true;
}

/** A count of at least 1 asked of a fact: `> 0` or `>= 1` (or more). */
function asksAtLeastOne(node: LeafCondition): boolean {
  const value = node.value;
  if (typeof value !== 'number') return false;
  return (node.operator === 'greaterThan' && value >= 0) || (node.operator === 'greaterThanInclusive' && value >= 1);
}

/**
 * True when the rule cannot fire while every fact in `counts` is 0: somewhere along its `all`
 * chain it asks one of them for at least 1. (A page without a preset box gives every control
 * count 0, so such a rule needs no engine run there.)
 */
export function needsACount(condition: unknown, facts: ReadonlyMap<string, FactFn>, counts: ReadonlySet<FactFn>): boolean {
  let needs = false;
  walkConditions(condition, (v) => {
    if (v.kind === 'all') return;
    if (v.kind === 'leaf') {
      const fn = facts.get(v.node.fact);
      if (fn && counts.has(fn) && asksAtLeastOne(v.node)) needs = true;
    }
    // Under `any` or `not`, a count of 0 may still let the rule fire.
    return 'skip';
  });
  return needs;
}

/**
 * The lexicon a rule's preset box must have in its label for the rule to fire: the `lexicon` of a
 * count asked for at least 1 along its `all` chain (needsACount's reading), where every fact in
 * `counts` counts only the preset boxes whose label hits that lexicon (consent-facts.ts). Null
 * when no such count names one.
 */
export function labelLexiconNeeded(
  condition: unknown,
  facts: ReadonlyMap<string, FactFn>,
  counts: ReadonlySet<FactFn>,
): string | null {
  let lexicon: string | null = null;
  walkConditions(condition, (v) => {
    if (v.kind === 'all') return;
    if (v.kind === 'leaf' && lexicon === null) {
      const fn = facts.get(v.node.fact);
      const named = (v.node.params as Record<string, unknown> | undefined)?.[LABEL_LEXICON_PARAM];
      if (fn && counts.has(fn) && asksAtLeastOne(v.node) && typeof named === 'string' && named) lexicon = named;
    }
    return 'skip';
  });
  return lexicon;
}
