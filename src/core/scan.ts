// snapshot → classify → facts → evaluate → findings. The one entry point used by the content
// script, the CLI and the tests.
import { classify } from './classify';
import { FactMemo } from './facts/fact-context';
import { resolveOverlaps } from './findings';
import type { Ruleset } from './ruleset';
import { takeSnapshot, takeSnapshotSliced, type PageSnapshot, type SnapshotOptions } from './snapshot';
import { createTimeSlicer, type TimeSlicer } from './time-slicer';
import type { Finding, LicenceMemory, PageKind, ScanResult } from './types';

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

async function evaluateSnapshot(ruleset: Ruleset, snapshot: PageSnapshot, options: ScanOptions, slicer: TimeSlicer | null): Promise<ScanResult> {
  const timings: Record<string, number> = {};
  let t = now();
  const hits = slicer ? await ruleset.matcher.matchSliced(snapshot, slicer) : ruleset.matcher.match(snapshot);
  timings.match = now() - t;

  t = now();
  const classification = options.kind
    ? { kind: options.kind, scores: {} }
    : classify(snapshot, hits, ruleset.classifiers);
  timings.classify = now() - t;

  t = now();
  const memo = new FactMemo(ruleset.facts);
  const ctx = memo.context({
    snapshot,
    kind: classification.kind,
    hits,
    today: options.today ?? localToday(),
    memory: options.memory ?? ephemeralMemory(),
    lexiconsIn: (text) => ruleset.matcher.lexiconsIn(text),
  });
  const fired = await ruleset.engines.run(classification.kind, ctx, memo, ruleset.evidenceFrom, slicer);
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
    findings: resolveOverlaps(findings),
    firedRules: fired.map((f) => f.ruleId),
    timings,
  };
}

/**
 * Snapshot → findings. With `yieldToPage`, every stage works in slices of about `sliceMs` and
 * awaits the page in between (the stage timings then include the time given to the page).
 */
export async function scanDocument(ruleset: Ruleset, doc: Document, options: ScanOptions = {}): Promise<ScanResult> {
  const slicer = createTimeSlicer(options.yieldToPage, options.sliceMs);
  const root = options.roots?.length ? options.roots : (options.root ?? null);
  const t = now();
  const snapshot = slicer ? await takeSnapshotSliced(doc, options, root, slicer) : takeSnapshot(doc, options, root);
  const snapshotMs = now() - t;
  const result = await evaluateSnapshot(ruleset, snapshot, options, slicer);
  result.timings = { snapshot: snapshotMs, ...result.timings };
  return result;
}
