// Why a page was or was not flagged (mingbai scan --explain): the rules of the page's kind run
// once more with their failures kept, and every fact the rules read. Given to scanDocument by
// the CLI as ScanOptions.explainer, so the content script never carries it.
import { walkConditions, type GroupCondition, type LeafCondition } from './conditions';
import { collectEvidence, CONTEXT_FACT, SLICER_FACT, type RuleEngines } from './engine';
import type { FactContext, FactMemo } from '../facts/fact-context';
import type { Evidence, PageKind, ScanExplanation } from '../shared/types';

export interface ExplainedRun {
  fired: Array<{ ruleId: string; evidence: Evidence[] }>;
  explanation: Omit<ScanExplanation, 'thresholds'>;
}

export type Explainer = (
  engines: RuleEngines,
  kind: PageKind,
  ctx: FactContext,
  memo: FactMemo,
  evidenceFrom: ReadonlyMap<string, readonly string[] | undefined>,
) => Promise<ExplainedRun>;

/** Runs the kind's rules, keeping for each rule that did not fire the conditions that failed. */
export const explainRules: Explainer = async (engines, kind, ctx, memo, evidenceFrom) => {
  const engine = engines.engineFor(kind);
  if (!engine) return { fired: [], explanation: { facts: factValues(memo), notFired: [] } };
  const { results, failureResults } = await engine.run({ [CONTEXT_FACT]: ctx, [SLICER_FACT]: null });
  return {
    fired: results.map((r) => ({ ruleId: r.name, evidence: collectEvidence(r, memo, evidenceFrom.get(r.name)) })),
    explanation: {
      facts: factValues(memo),
      notFired: failureResults.map((r) => ({ ruleId: r.name, failed: failedConditions(r.conditions) })),
    },
  };
};

/** Every fact the rules asked for, with its value (evidence left out). */
function factValues(memo: FactMemo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, result] of memo.results) out[key] = result.value;
  return out;
}

/** The leaf conditions that came out false, as "fact(params) operator value (was …)". */
function failedConditions(root: unknown): string[] {
  const out: string[] = [];
  walkConditions(root, (v) => {
    // An `any` that held has no failure to show, though some of its branches came out false.
    if (v.kind === 'any' && !v.node.any.every((c) => (c as GroupCondition).result === false)) return 'skip';
    if (v.kind === 'not') {
      if (v.node.result === false) out.push(`not: ${describe(v.node.not)}`);
      return 'skip';
    }
    if (v.kind === 'leaf' && v.node.result === false) out.push(describe(v.node));
  });
  return out;
}

function describe(condition: unknown): string {
  const node = condition as Partial<LeafCondition>;
  const params =
    node.params && Object.keys(node.params).length
      ? `(${Object.entries(node.params)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(', ')})`
      : '';
  return `${node.fact ?? '…'}${params} ${typeof node.operator === 'string' ? node.operator : ''} ${JSON.stringify(node.value)} (was ${JSON.stringify(node.factResult)})`;
}
