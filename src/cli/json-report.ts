// The --json contract (docs/cli.md): one document per run. Field names and codes are stable;
// new fields may be added, existing ones are not renamed or removed without a new
// `schemaVersion`.
import type { ScanOutcome, ScannedPage, SkippedPage } from './scan-outcome';
import { findingInLanguage } from '../core/report/findings';
import type { Evidence, Finding, Severity } from '../core/shared/types';
import { evidenceNoteText } from '../ui/evidence-note';

export const JSON_SCHEMA_VERSION = 1;

const round = (ms: number) => Math.round(ms * 10) / 10;

function evidenceJson(e: Evidence, lang: 'zh' | 'en') {
  // note: Mingbai's own words about the quote (code, values, and worded in the report's language).
  const note = e.note ? { note: { ...e.note, text: evidenceNoteText(e.note, lang) } } : {};
  return e.fact ? { text: e.text, ...note, fact: e.fact } : { text: e.text, ...note };
}

function findingJson(f: Finding, lang: 'zh' | 'en') {
  return {
    ...findingInLanguage(f, lang),
    message: f.message,
    sources: f.sources,
    evidence: f.evidence.map((e) => evidenceJson(e, lang)),
  };
}

export function pageJson({ scan, findings }: ScannedPage, lang: 'zh' | 'en') {
  return {
    file: scan.file,
    url: scan.url,
    kind: scan.result.kind,
    kindScores: scan.result.kindScores,
    ...(scan.result.kindCues ? { kindCues: scan.result.kindCues } : {}),
    ...(scan.result.explain ? { explain: scan.result.explain } : {}),
    encoding: scan.encoding,
    ...(scan.encodingNote ? { encodingNote: scan.encodingNote } : {}),
    bytes: scan.bytes,
    findings: findings.map((f) => findingJson(f, lang)),
    firedRules: scan.result.firedRules,
    dom: scan.dom,
    timings: Object.fromEntries(Object.entries(scan.timings).map(([k, v]) => [k, round(v)])),
  };
}

export function summaryJson(outcome: ScanOutcome) {
  const bySeverity: Record<Severity, number> = { danger: 0, caution: 0, info: 0 };
  const byRisk: Record<string, number> = {};
  for (const page of outcome.pages) {
    for (const f of page.findings) {
      bySeverity[f.severity]++;
      byRisk[f.risk] = (byRisk[f.risk] ?? 0) + 1;
    }
  }
  return {
    pages: outcome.pages.length,
    pagesWithFindings: outcome.pages.filter((p) => p.findings.length).length,
    skipped: outcome.skipped.length,
    findings: bySeverity,
    risks: byRisk,
  };
}

function runJson(outcome: ScanOutcome) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    version: outcome.version,
    sensitivity: outcome.sensitivity,
    lang: outcome.lang,
    today: outcome.today,
  };
}

export function toJsonReport(outcome: ScanOutcome) {
  return {
    ...runJson(outcome),
    pages: outcome.pages.map((p) => pageJson(p, outcome.lang)),
    skipped: outcome.skipped,
    summary: summaryJson(outcome),
  };
}

// --jsonl (docs/cli.md): one line per page in path order, as soon as it and the pages before it
// are done, with the fields of a --json page (or of a skipped entry) plus "type"; then one
// summary line with the run's fields and the --json summary.
export const jsonlPage = (page: ScannedPage, lang: 'zh' | 'en') =>
  `${JSON.stringify({ type: 'page', ...pageJson(page, lang) })}\n`;
export const jsonlSkipped = (skipped: SkippedPage) => `${JSON.stringify({ type: 'skipped', ...skipped })}\n`;
export const jsonlSummary = (outcome: ScanOutcome) =>
  `${JSON.stringify({ type: 'summary', ...runJson(outcome), summary: summaryJson(outcome) })}\n`;
