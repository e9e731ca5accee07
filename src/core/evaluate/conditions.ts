// The one walk over rule conditions: a pack's `all` / `any` / `not` / leaf tree as written, or
// the same tree as json-rules-engine returns it in a rule result (with `result` and
// `factResult` filled in). Pre-order; a visitor returns 'skip' to stay out of a node's children.
import type { FactParams } from '../facts/fact-context';

export interface LeafCondition {
  fact: string;
  operator?: unknown;
  value?: unknown;
  params?: FactParams;
  path?: unknown;
  /** In a rule result: the fact's value, and whether the comparison held. */
  factResult?: unknown;
  result?: boolean;
}

export interface GroupCondition {
  all?: unknown[];
  any?: unknown[];
  not?: unknown;
  result?: boolean;
}

/** Where a node sits, from the conditions root: ['all', 2, 'any', 0]. */
export type ConditionPath = ReadonlyArray<string | number>;

export type ConditionVisit =
  | { kind: 'all'; node: GroupCondition & { all: unknown[] }; at: ConditionPath }
  | { kind: 'any'; node: GroupCondition & { any: unknown[] }; at: ConditionPath }
  | { kind: 'not'; node: GroupCondition & { not: object }; at: ConditionPath }
  | { kind: 'leaf'; node: LeafCondition; at: ConditionPath }
  /** Not a condition this project writes (a named-condition reference, a non-object…). */
  | { kind: 'unknown'; node: unknown; at: ConditionPath };

// Written compactly: it ships in the content script, which is near its size budget.
export function walkConditions(root: unknown, visit: (v: ConditionVisit) => void | 'skip', at: ConditionPath = []): void {
  const n = root as (GroupCondition & { fact?: unknown }) | null;
  const kind =
    !n || typeof n !== 'object'
      ? 'unknown'
      : Array.isArray(n.all)
        ? 'all'
        : Array.isArray(n.any)
          ? 'any'
          : n.not && typeof n.not === 'object' && !Array.isArray(n.not)
            ? 'not'
            : typeof n.fact === 'string'
              ? 'leaf'
              : 'unknown';
  if (visit({ kind, node: n, at } as ConditionVisit) === 'skip' || kind === 'leaf' || kind === 'unknown') return;
  if (kind === 'not') walkConditions(n!.not, visit, [...at, kind]);
  else n![kind]!.forEach((child, i) => walkConditions(child, visit, [...at, kind, i]));
}

/** Every leaf of the tree, with where it sits. */
export function leavesOf(root: unknown): Array<{ node: LeafCondition; at: ConditionPath }> {
  const out: Array<{ node: LeafCondition; at: ConditionPath }> = [];
  walkConditions(root, (v) => {
    if (v.kind === 'leaf') out.push({ node: v.node, at: v.at });
  });
  return out;
}
