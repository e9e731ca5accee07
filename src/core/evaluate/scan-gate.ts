// The gate before the full read of a page: the quick read rules page kinds out from the raw
// text (classify/quick-read.ts), and a page or region that is `other` where no `other` rule
// could fire is done with, unread. Small on purpose: the content script runs it on every page
// and loads the full scan (scan.ts, the fact extractors, json-rules-engine) only for pages that
// pass it (docs/decisions/0023-full-scan-chunk.md).
import { weightedSpec } from '../classify/classify';
import { QuickReader } from '../classify/quick-read';
import { CONTROL_ONLY_FACTS, LABEL_LEXICON_PARAM, PRESET_CONTROL_SELECTOR, isPreset } from '../facts/consent-facts';
import type { FactFn } from '../facts/fact-context';
import { LexiconLookup } from '../match/lexicon-lookup';
import { readFormControls } from '../read/form-controls';
import type { TimeSlicer } from '../shared/time-slicer';
import type { PageKind, ScanResult } from '../shared/types';
import type { CompiledRule } from './compiled-rule';
import type { PackData, PackParts } from './pack-parts';
import { leavesOf } from './conditions';
import { kindReadsOnly, labelLexiconNeeded, needsACount } from './rule-facts';

export interface ScanGate {
  /** Rules out page kinds from the raw text before any snapshot (quick-read.ts). */
  readonly quickReader: QuickReader;
  /** The `other` rules read only form controls: `other` pages need no text walk. */
  readonly otherReadsOnlyControls: boolean;
  /** ...and each needs at least one preset control: an `other` page without one needs no engine run. */
  readonly otherNeedsAControl: boolean;
  /**
   * ...and, for each `other` rule, the lexicon that box's label must hit (null: any box will do).
   * An `other` page whose ticked boxes' labels hit none of them needs no engine run either:
   * most ticked boxes say "remember me" or pick a search option.
   */
  readonly otherLabelLexicons: readonly (string | null)[];
  /** Looks those lexicons up in a label. */
  readonly labels: LexiconLookup;
}

/**
 * `facts` may be a part of the registry (the content script knows only the consent facts): a
 * rule naming a fact it does not know counts as reading text, which only opens the gate wider.
 */
export function compileGate({ classifiers, lexicons, rules }: PackParts, facts: ReadonlyMap<string, FactFn>): ScanGate {
  const otherReadsOnlyControls = kindReadsOnly(rules, 'other', facts, CONTROL_ONLY_FACTS);
  const otherRules = rules.filter((r) => r.pageKinds.includes('other'));
  const otherLabelLexicons = otherRules.map((r) => labelLexiconNeeded(r.conditions, facts, CONTROL_ONLY_FACTS));
  return {
    quickReader: new QuickReader(classifiers, lexicons),
    otherReadsOnlyControls,
    otherNeedsAControl: otherReadsOnlyControls && otherRules.every((r) => needsACount(r.conditions, facts, CONTROL_ONLY_FACTS)),
    otherLabelLexicons,
    labels: new LexiconLookup(
      lexicons,
      otherLabelLexicons.filter((name): name is string => name !== null),
    ),
  };
}

/** The lexicons the `other` rules name for the labels of the boxes they count (any leaf's, a superset). */
function labelLexiconsNamed(rules: readonly CompiledRule[]): string[] {
  return rules
    .flatMap((rule) =>
      leavesOf(rule.conditions).map(({ node }) => (node.params as Record<string, unknown> | undefined)?.[LABEL_LEXICON_PARAM]),
    )
    .filter((lexicon): lexicon is string => typeof lexicon === 'string');
}

/**
 * Of each pack, what compileGate reads: its classifier, the lexicons its cues name, the rules
 * that run on `other` pages and the lexicons they name for box labels. A gate compiled from
 * these is the gate of the whole packs, so a page
 * is sent this (about a ninth of the packs) and asks for the rest only when it passes the gate.
 */
export function gatePackData(packs: readonly PackData[]): PackData[] {
  // A classifier may name a lexicon of another pack (packParts merges them by name).
  const specs = packs.flatMap((pack) => pack.classifier ?? []);
  const otherRules = packs.flatMap((pack) => (pack.rules ?? []).filter((rule) => rule.pageKinds.includes('other')));
  const named = new Set([
    ...specs.flatMap((spec) => weightedSpec(spec).cues.map((cue) => cue.lexicon)),
    ...labelLexiconsNamed(otherRules),
  ]);
  return packs.map((pack) => {
    const lexicons = Object.fromEntries(Object.entries(pack.lexicons ?? {}).filter(([name]) => named.has(name)));
    return {
      id: pack.id,
      version: pack.version,
      lexicons,
      negations: [],
      classifier: pack.classifier ?? [],
      rules: (pack.rules ?? []).filter((rule) => rule.pageKinds.includes('other')),
    };
  });
}

export interface GateOptions {
  url?: string;
  /** Known already (rule examples, regions of a page already classified): no quick read. */
  kind?: PageKind;
  root?: Element | null;
  roots?: readonly Element[];
  /** false: never take the quick paths (tests that compare them with the full read). */
  quickRead?: boolean;
}

/** A page (or region) the gate lets through, with what it learnt on the way. */
export interface GatePassed {
  /** `other` for certain when the quick read ruled every kind out; undefined: to be classified. */
  kind?: PageKind;
  /** The quick read's upper bounds of the kind scores, when it ruled every kind out. */
  upperBounds?: Record<string, number>;
  /** Read the form controls only: the `other` rules read nothing else. */
  controlsOnly: boolean;
  timings: Record<string, number>;
}

export type GateOutcome = { done: ScanResult } | ({ done?: undefined } & GatePassed);

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Is there a box isPreset would accept in the page, or in one of the regions? Every such box is
 * an <input>: most pages have none, and counting them (no selector to match) takes a third of
 * the time of the query.
 */
function hasPresetControl(doc: Document, root: Element | readonly Element[] | null): boolean {
  const starts =
    root === null ? [doc.body ?? doc.documentElement] : Array.isArray(root) ? (root as readonly Element[]) : [root as Element];
  return starts.some(
    (start) =>
      !!start &&
      (start.matches(PRESET_CONTROL_SELECTOR) ||
        (start.getElementsByTagName('input').length > 0 && start.querySelector(PRESET_CONTROL_SELECTOR) !== null)),
  );
}

/** An `other` page on which no rule can fire: nothing found, without the engine. */
function nothingFound(
  doc: Document,
  options: GateOptions,
  upperBounds: Record<string, number> | undefined,
  timings: Record<string, number>,
): ScanResult {
  return {
    url: options.url ?? doc.URL ?? '',
    kind: 'other',
    kindScores: upperBounds ?? {},
    findings: [],
    firedRules: [],
    timings,
  };
}

export async function passGate(
  gate: ScanGate,
  doc: Document,
  options: GateOptions,
  slicer: TimeSlicer | null,
): Promise<GateOutcome> {
  const root = options.roots?.length ? options.roots : (options.root ?? null);
  const timings: Record<string, number> = {};
  let kind = options.kind;
  let upperBounds: Record<string, number> | undefined;
  if (!kind && root === null && options.quickRead !== false) {
    const t = now();
    const quick = await gate.quickReader.read(doc.body ?? doc.documentElement, slicer, options.url ?? doc.URL);
    timings.quickRead = now() - t;
    if (quick.possibleKinds.length === 0) {
      kind = 'other';
      upperBounds = quick.scores;
    }
  }
  const controlsOnly = kind === 'other' && gate.otherReadsOnlyControls && options.quickRead !== false;
  const t = now();
  if (controlsOnly && gate.otherNeedsAControl && !hasPresetControl(doc, root)) {
    // Every `other` rule asks for at least one preset box, and there is none: nothing can fire.
    timings.snapshot = now() - t;
    return { done: nothingFound(doc, options, upperBounds, timings) };
  }
  if (controlsOnly && gate.otherNeedsAControl && !gate.otherLabelLexicons.includes(null)) {
    // A ticked box, but does any ticked box's label hold what some `other` rule asks of it? (A
    // box's label is read on first use: ticked or not first, as the rule's own fact does.)
    const labels = readFormControls(doc, root)
      .filter((control) => isPreset(control) && control.label)
      .map((control) => control.label);
    const fires = gate.otherLabelLexicons.some((lexicon) => labels.some((label) => gate.labels.has(label, lexicon as string)));
    timings.snapshot = now() - t;
    if (!fires) return { done: nothingFound(doc, options, upperBounds, timings) };
  }
  return { kind, upperBounds, controlsOnly, timings };
}
