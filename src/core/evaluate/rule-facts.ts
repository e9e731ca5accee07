// Which facts a page kind's rules can read, from their conditions: lets a scan of a page known
// to be `other` skip the text walk when those rules read only form controls.
import type { FactFn } from '../facts/fact-context';
import type { CompiledRule } from './compiled-rule';
import type { PageKind } from '../shared/types';

/** Fact names in a condition tree; null when the tree has a shape we do not know (be safe). */
export function factsOf(condition: unknown, into = new Set<string>()): Set<string> | null {
  if (!condition || typeof condition !== 'object') return null;
  const node = condition as Record<string, unknown>;
  if (Array.isArray(node.all) || Array.isArray(node.any)) {
    for (const child of (node.all ?? node.any) as unknown[]) if (!factsOf(child, into)) return null;
    return into;
  }
  if ('not' in node) return factsOf(node.not, into);
  if (typeof node.fact !== 'string' || (node.value && typeof node.value === 'object' && !Array.isArray(node.value))) return null;
  into.add(node.fact);
  return into;
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

/** A count of at least 1 asked of `fact`: `> 0` or `>= 1` (or more). */
function asksAtLeastOne(node: Record<string, unknown>): boolean {
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
  if (!condition || typeof condition !== 'object') return false;
  const node = condition as Record<string, unknown>;
  if (Array.isArray(node.all)) return node.all.some((child) => needsACount(child, facts, counts));
  if (typeof node.fact !== 'string') return false;
  const fn = facts.get(node.fact);
  return !!fn && counts.has(fn) && asksAtLeastOne(node);
}
