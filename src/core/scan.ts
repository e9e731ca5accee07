// (quick read →) snapshot → classify → facts → evaluate → findings. The one entry point used by
// the content script, the CLI and the tests.
import { classify, placesOf, type Classification, type CuePlaces } from './classify/classify';
import type { Explainer } from './evaluate/explain';
import { FactMemo } from './facts/fact-context';
import { resolveOverlaps } from './report/findings';
import type { Ruleset } from './evaluate/ruleset';
import { passGate, type GatePassed } from './evaluate/scan-gate';
import { takeSnapshot, takeSnapshotSliced, type PageSnapshot, type SnapshotOptions } from './read/snapshot';
import { takeControlsSnapshot } from './read/snapshot-controls';
import { createTimeSlicer, type TimeSlicer } from './shared/time-slicer';
import type { Finding, LicenceMemory, PageKind, ScanExplanation, ScanResult } from './shared/types';
import { compiledGrammar, type GrammarReader } from './match/grammar';
import { DEFAULT_TIMER_WORDS, timerSelector } from './read/snapshot-markup';

/** Countdown ids and classes: the packs' words (page.timerName) and the defaults. */
const timerSelectorOf = (g: GrammarReader) =>
  timerSelector([...new Set([...DEFAULT_TIMER_WORDS, ...g.phrases('page.timerName')])]);

export interface ScanOptions extends SnapshotOptions {
  /** YYYY-MM-DD, default: today in local time. */
  today?: string;
  memory?: LicenceMemory;
  /** Skip classification (rule examples, incremental rescans of a page already classified). */
  kind?: PageKind;
  /** Scan only this subtree (incremental rescans). */
  root?: Element | null;
  /**
   * Scan these subtrees as one region (disjoint; e.g. the nodes one mutation batch added):
   * one snapshot and ONE engine run for all of them. Takes precedence over `root`.
   */
  roots?: readonly Element[];
  /**
   * Time slicing: when given, long stages pause every ~sliceMs and await this (e.g.
   * scheduler.yield or a requestIdleCallback promise) so the page stays responsive.
   */
  yieldToPage?: () => Promise<void>;
  sliceMs?: number;
  /**
   * false: never take the quick paths (raw-text kind check, controls-only snapshot); always
   * the full snapshot. For tests that compare both.
   */
  quickRead?: boolean;
  /**
   * The gate was passed already (evaluate/scan-gate.ts): the content script runs it before it
   * loads the full scan. Its verdict is used as it is.
   */
  passed?: GatePassed;
  /**
   * Also report why (--explain): the facts computed and, for each rule that did not fire, what
   * failed. The CLI passes explainRules (explain.ts); the content script never loads it.
   */
  explainer?: Explainer;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A licence memory in plain memory, optionally seeded ({licence: [names]}): for single scans
 * that keep nothing, rule examples and fixtures. The CLI and the extension persist theirs.
 */
export function ephemeralMemory(seed: Readonly<Record<string, readonly string[]>> = {}): LicenceMemory {
  const names = new Map(Object.entries(seed).map(([licence, list]) => [licence, [...list]]));
  return {
    namesFor: (licence) => names.get(licence) ?? [],
    record(licence, shop) {
      const list = names.get(licence) ?? [];
      if (!list.includes(shop)) list.push(shop);
      names.set(licence, list);
    },
  };
}

export async function scanSnapshot(ruleset: Ruleset, snapshot: PageSnapshot, options: ScanOptions = {}): Promise<ScanResult> {
  return evaluateSnapshot(ruleset, snapshot, options, createTimeSlicer(options.yieldToPage, options.sliceMs));
}

async function evaluateSnapshot(
  ruleset: Ruleset,
  snapshot: PageSnapshot,
  options: ScanOptions,
  slicer: TimeSlicer | null,
): Promise<ScanResult> {
  const timings: Record<string, number> = {};
  // Between stages too: finishing a snapshot of a huge page (joining its texts) fills a slice.
  if (slicer?.due()) await slicer.pause();
  let t = now();
  const hits = slicer ? await ruleset.matcher.matchSliced(snapshot, slicer) : ruleset.matcher.match(snapshot);
  timings.match = now() - t;

  // Labels and shop names repeat (a form per section, several rules reading the same boxes).
  const lexiconsOf = new Map<string, ReadonlySet<string>>();
  const lexiconsIn = (text: string) => {
    let found = lexiconsOf.get(text);
    if (!found) lexiconsOf.set(text, (found = ruleset.matcher.lexiconsIn(text)));
    return found;
  };
  t = now();
  let places: CuePlaces | undefined;
  if (slicer && !options.kind) {
    // The classifier's reads of the whole document (meta tags and news markup; quotations) take
    // 10–14 ms each on a 100k-element page: each gets a slice of its own.
    if (ruleset.classifiers.some((spec) => spec.kind === 'other')) {
      if (slicer.due()) await slicer.pause();
      void snapshot.articleMarkup;
    }
    if (slicer.due()) await slicer.pause();
    places = placesOf(snapshot, lexiconsIn);
    if (slicer.due()) await slicer.pause();
  }
  const classification: Classification = options.kind
    ? { kind: options.kind, scores: {}, thresholds: {}, cues: [] }
    : classify(snapshot, hits, ruleset.classifiers, lexiconsIn, places);
  timings.classify = now() - t;

  if (slicer?.due()) await slicer.pause();
  t = now();
  const memo = new FactMemo(ruleset.facts);
  const ctx = memo.context({
    snapshot,
    kind: classification.kind,
    hits,
    today: options.today ?? localToday(),
    memory: options.memory ?? ephemeralMemory(),
    lexiconsIn,
    phrasesOf: (lexicon) => ruleset.lexicons[lexicon]?.phrases ?? [],
    grammar: ruleset.grammar,
  });
  let explanation: ScanExplanation | undefined;
  let fired;
  if (options.explainer) {
    const explained = await options.explainer(ruleset.engines, classification.kind, ctx, memo, ruleset.evidenceFrom);
    fired = explained.fired;
    explanation = { thresholds: classification.thresholds, ...explained.explanation };
  } else fired = await ruleset.engines.run(classification.kind, ctx, memo, ruleset.evidenceFrom, slicer);
  timings.evaluate = now() - t;

  const findings: Finding[] = [];
  for (const { ruleId, evidence } of fired) {
    const rule = ruleset.rules.get(ruleId);
    if (!rule) continue;
    findings.push({
      ruleId,
      risk: rule.risk,
      severity: rule.severity,
      message: rule.message,
      sources: [...rule.sources],
      evidence,
    });
  }
  return {
    url: snapshot.url,
    kind: classification.kind,
    kindScores: classification.scores,
    kindCues: classification.cues,
    findings: resolveOverlaps(findings),
    firedRules: fired.map((f) => f.ruleId),
    timings,
    ...(explanation ? { explain: explanation } : {}),
  };
}

/**
 * Snapshot → findings. With `yieldToPage`, every stage works in slices of about `sliceMs` and
 * awaits the page in between (the stage timings then include the time given to the page).
 *
 * A whole-page scan that has to find the page kind first rules kinds out from the raw text
 * (quick-read.ts). A page that is `other` for certain, or a region of one, is then read with a
 * controls-only snapshot when the `other` rules read nothing else, and not read at all when
 * those rules need a preset box and there is none (docs/decisions/0006-quick-read.md).
 */
export async function scanDocument(ruleset: Ruleset, doc: Document, options: ScanOptions = {}): Promise<ScanResult> {
  const slicer = createTimeSlicer(options.yieldToPage, options.sliceMs);
  const gate = options.passed ?? (await passGate(ruleset, doc, options, slicer));
  if ('done' in gate && gate.done) return gate.done;
  const { kind, upperBounds, controlsOnly, timings } = gate as GatePassed;
  const root = options.roots?.length ? options.roots : (options.root ?? null);
  const t = now();
  let snapshot: PageSnapshot;
  if (controlsOnly) snapshot = takeControlsSnapshot(doc, options, root);
  else {
    const read = { ...options, timerSelector: compiledGrammar(ruleset.grammar, timerSelectorOf) };
    snapshot = slicer ? await takeSnapshotSliced(doc, read, root, slicer) : takeSnapshot(doc, read, root);
  }
  timings.snapshot = (timings.snapshot ?? 0) + now() - t;
  const result = await evaluateSnapshot(ruleset, snapshot, { ...options, kind: kind ?? options.kind }, slicer);
  result.timings = { ...timings, ...result.timings };
  if (upperBounds) result.kindScores = upperBounds;
  return result;
}
