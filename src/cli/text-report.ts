// The human-readable report: per page its file, address and kind, then each finding with the
// page's own words, what it means, what to do, whom to call and which regulator said so.
// Columns are aligned by display width, so Chinese labels and text line up.
import { evidenceNoteText } from '../ui/evidence-note';
import { cliText, type CliText } from './cli-text';
import { displayWidth, padToWidth, truncateToWidth, wrapToWidth } from './display-width';
import type { ScanOutcome, ScannedPage } from './scan-outcome';
import type { Finding, Severity, Source } from '../core/shared/types';

export interface TextReportOptions {
  /** ANSI colours for severities (a terminal without NO_COLOR). */
  color: boolean;
  /** Wrap long values to this many columns; undefined = no wrapping (pipes, files). */
  width?: number;
}

const COLOR: Record<Severity, string> = { danger: '\u001b[1;31m', caution: '\u001b[1;33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
const MAX_EVIDENCE_COLUMNS = 160;

function sourceLine(s: Source, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `${s.issuer}《${s.document}》（${s.date}）${s.article ?? ''}`;
  return `${s.issuer}, "${s.document}" (${s.date})${s.article ? `, ${s.article}` : ''}`;
}

/** "label  value" rows with the labels padded to one width and wrapped values indented under the value column. */
function labelledRows(rows: Array<[string, string]>, indent: string, width: number | undefined): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  const out: string[] = [];
  for (const [label, value] of rows) {
    const prefix = `${indent}${padToWidth(label, labelWidth)}  `;
    const room = width ? Math.max(20, width - displayWidth(prefix)) : undefined;
    const lines = value.split('\n').flatMap((line) => (room ? wrapToWidth(line, room) : [line]));
    lines.forEach((line, i) => out.push(`${i === 0 ? prefix : ' '.repeat(displayWidth(prefix))}${line}`));
  }
  return out;
}

function findingBlock(f: Finding, n: number, text: CliText, lang: 'zh' | 'en', options: TextReportOptions): string[] {
  const m = f.message[lang];
  const tag = `[${text.severity[f.severity]}]`;
  const head = `  ${n}. ${options.color ? `${COLOR[f.severity]}${tag}${RESET}` : tag} ${m.title}`;
  const quote = (s: string) => (lang === 'zh' ? `「${s}」` : `"${s}"`);
  // A note (Mingbai's words about the quote) follows the quote, outside its marks.
  const evidence = f.evidence
    .map(
      (e) =>
        quote(truncateToWidth(e.text.replace(/\s+/g, ' ').trim(), MAX_EVIDENCE_COLUMNS)) +
        (e.note ? ` ${evidenceNoteText(e.note, lang)}` : ''),
    )
    .join('\n');
  const rows: Array<[string, string]> = [
    [text.label.evidence, evidence || '—'],
    [text.label.explain, m.explain],
    [text.label.advice, m.advice],
    [text.label.hotline, m.hotline],
    [text.label.source, f.sources.map((s) => sourceLine(s, lang)).join('\n')],
    [text.label.rule, `${f.ruleId} (${f.risk})`],
  ];
  return [head, ...labelledRows(rows, '     ', options.width)];
}

function pageBlock(page: ScannedPage, text: ReportText, lang: 'zh' | 'en', options: TextReportOptions): string[] {
  const { scan, findings } = page;
  const rows: Array<[string, string]> = [
    [text.label.file, scan.file],
    [text.label.url, scan.url],
    [text.label.kind, text.kind(scan.result.kind)],
  ];
  if (scan.encoding !== 'utf-8' || scan.encodingNote)
    rows.push([text.label.encoding, `${scan.encoding}${scan.encodingNote ? ` ${text.encodingNote(scan.encodingNote)}` : ''}`]);
  const lines = [`== ${scan.file} ==`, ...labelledRows(rows, '', undefined), ''];
  const why = scan.result.explain ? explanationBlock(scan.result, lang) : [];
  if (!findings.length) return [...lines, `  ${text.noFindings}`, ...why];
  lines.push(text.findingsOnPage(findings.length));
  findings.forEach((f, i) => lines.push('', ...findingBlock(f, i + 1, text, lang, options)));
  return [...lines, ...why];
}

const WHY = {
  zh: {
    title: '为什么（--explain）',
    kind: '页面类型得分',
    cues: '依据',
    facts: '读到的事实',
    notFired: '没有触发的规则',
    failed: '不满足',
  },
  en: {
    title: 'Why (--explain)',
    kind: 'Page-kind scores',
    cues: 'cues',
    facts: 'Facts read',
    notFired: 'Rules that did not fire',
    failed: 'failed',
  },
} as const;
const shortJson = (value: unknown) => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 100 ? `${s.slice(0, 100)}…` : s;
};

/** The page's kind scores against their thresholds, the cues, the facts, and the rules that did not fire. */
function explanationBlock(result: ScannedPage['scan']['result'], lang: 'zh' | 'en'): string[] {
  const w = WHY[lang];
  const explain = result.explain!;
  const lines = ['', `  ${w.title}`, `  ${w.kind}:`];
  for (const [kind, score] of Object.entries(result.kindScores)) {
    const threshold = explain.thresholds[kind];
    lines.push(`    ${kind}: ${score}${threshold !== undefined ? ` / ${threshold}` : ''}`);
    for (const cue of (result.kindCues ?? []).filter((c) => (kind.startsWith('other:') ? c.kind === 'other' : c.kind === kind))) {
      lines.push(
        `      ${w.cues}: ${cue.lexicon} @${cue.in} ×${cue.count} = ${cue.score}${cue.found.length ? ` (${cue.found.join('、')})` : ''}`,
      );
    }
  }
  lines.push(`  ${w.facts}:`);
  for (const [name, value] of Object.entries(explain.facts)) lines.push(`    ${name} = ${shortJson(value)}`);
  lines.push(`  ${w.notFired}:`);
  for (const rule of explain.notFired) lines.push(`    ${rule.ruleId}: ${w.failed} ${rule.failed.join('; ') || '—'}`);
  return lines;
}

/** A plain table: header, a dashed rule, rows; every column padded by display width. */
export function renderTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => padToWidth(cell, widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function summaryBlock(outcome: ScanOutcome, text: ReportText): string[] {
  const c = text.summaryColumns;
  const rows = outcome.pages.map(({ scan, findings }) => {
    const count = (s: Severity) => String(findings.filter((f) => f.severity === s).length);
    return [truncateToWidth(scan.file, 60), text.kind(scan.result.kind), count('danger'), count('caution'), count('info')];
  });
  const flagged = outcome.pages.filter((p) => p.findings.length).length;
  return [
    text.summaryTitle,
    ...renderTable([c.file, c.kind, c.danger, c.caution, c.info], rows),
    '',
    text.totals(outcome.pages.length, flagged, outcome.skipped.length),
  ];
}

/** The CLI's words plus the page kinds' names, which come with the packs. */
type ReportText = CliText & { kind: (kind: string) => string };

export function renderTextReport(outcome: ScanOutcome, options: TextReportOptions): string {
  const words = cliText(outcome.lang);
  const text: ReportText = { ...words, kind: (kind) => outcome.kindNames?.[kind] ?? (kind === 'other' ? words.otherKind : kind) };
  const lines = [text.header(outcome.version, outcome.pages.length, text.sensitivity[outcome.sensitivity], outcome.today), ''];
  for (const page of outcome.pages) lines.push(...pageBlock(page, text, outcome.lang, options), '');
  if (outcome.pages.length > 1 || outcome.skipped.length) lines.push(...summaryBlock(outcome, text));
  else lines.push(text.totals(outcome.pages.length, outcome.pages.filter((p) => p.findings.length).length, 0));
  return `${lines.join('\n')}\n`;
}
