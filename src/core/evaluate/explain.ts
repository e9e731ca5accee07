// Why a page was or was not flagged (mingbai scan --explain): the rules of the page's kind run
// once more with their failures kept, and every fact the rules read. Given to scanDocument by
// the CLI as ScanOptions.explainer, so the content script never carries it.
import { collectEvidence, CONTEXT_FACT, SLICER_FACT, type ResultNode, type RuleEngines } from './engine';
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
      notFired: failureResults.map((r) => ({ ruleId: r.name, failed: failedConditions(r.conditions as ResultNode) })),
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
function failedConditions(node: ResultNode): string[] {
  if (node.all) return node.all.flatMap(failedConditions);
  if (node.any) return node.any.every((c) => c.result === false) ? node.any.flatMap(failedConditions) : [];
  if (node.not) return node.result === false ? [`not: ${describe(node.not)}`] : [];
  return node.fact && node.result === false ? [describe(node)] : [];
}

function describe(node: ResultNode): string {
  const params = node.params && Object.keys(node.params).length ? `(${Object.entries(node.params).map(([k, v]) => `${k}=${String(v)}`).join(', ')})` : '';
  return `${node.fact ?? '…'}${params} ${node.operator ?? ''} ${JSON.stringify(node.value)} (was ${JSON.stringify(node.factResult)})`;
}
