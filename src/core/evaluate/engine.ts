// json-rules-engine over the packs: one Engine per page kind, built once per rule set, run once
// per page (or changed region). Facts are computed lazily through the scan's FactMemo, so a
// rule that is not reached costs nothing.
import { Engine, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import type { FactContext, FactFn, FactMemo, FactParams } from '../facts/fact-context';
import { walkConditions } from './conditions';
import type { CompiledRule } from './compiled-rule';
import type { TimeSlicer } from '../shared/time-slicer';
import type { Evidence, PageKind } from '../shared/types';

/** The runtime fact through which dynamic facts reach this scan's context. */
export const CONTEXT_FACT = '$ctx';
/** The runtime fact holding this scan's time slicer (null: never pause). */
export const SLICER_FACT = '$slicer';

export class RuleEngines {
  private readonly engines = new Map<PageKind, Engine>();

  constructor(rules: readonly CompiledRule[], facts: ReadonlyMap<string, FactFn>) {
    for (const rule of rules) {
      for (const kind of rule.pageKinds) {
        let engine = this.engines.get(kind);
        if (!engine) {
          engine = new Engine([], { allowUndefinedFacts: false });
          for (const name of facts.keys()) {
            engine.addFact(name, async (params: FactParams, almanac) => {
              const ctx = await almanac.factValue<FactContext>(CONTEXT_FACT);
              // Facts are where the engine's time goes on a large page: give the page a turn
              // between two of them when the slice is used up.
              const slicer = await almanac.factValue<TimeSlicer | null>(SLICER_FACT);
              if (slicer?.due()) await slicer.pause();
              return ctx.get(name, params ?? {}).value;
            });
          }
          this.engines.set(kind, engine);
        }
        engine.addRule({
          name: rule.id,
          // The engine builds its own Condition objects from these (it never writes to ours).
          conditions: rule.conditions as TopLevelCondition,
          event: { type: rule.id },
        });
      }
    }
  }

  /** Ids of the rules that fired, with the evidence of the facts that made them fire. */
  async run(
    kind: PageKind,
    ctx: FactContext,
    memo: FactMemo,
    evidenceFrom: ReadonlyMap<string, readonly string[] | undefined>,
    slicer: TimeSlicer | null = null,
  ) {
    const engine = this.engines.get(kind);
    if (!engine) return [];
    const { results } = await engine.run({ [CONTEXT_FACT]: ctx, [SLICER_FACT]: slicer });
    return results.map((r) => ({ ruleId: r.name, evidence: collectEvidence(r, memo, evidenceFrom.get(r.name)) }));
  }

  /** The engine of a page kind (for explain.ts, which the content script never loads). */
  engineFor(kind: PageKind): Engine | undefined {
    return this.engines.get(kind);
  }
}

export function collectEvidence(result: RuleResult, memo: FactMemo, only: readonly string[] | undefined): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  walkConditions(result.conditions, (v) => {
    // Evidence under `not` shows what is absent: there is nothing on the page to point at.
    if (v.kind === 'not') return 'skip';
    if (v.kind !== 'leaf' || v.node.result !== true || (only && !only.includes(v.node.fact))) return;
    for (const e of memo.evidenceOf(v.node.fact, v.node.params)) {
      const key = `${e.text}\u0000${e.element ? 'el' : ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(e);
      }
    }
  });
  return out;
}
