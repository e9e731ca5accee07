// The words the tests look for, read from the project's own sources (UI string tables and rule
// packs), so a reworded string does not break a test, but a missing one does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import type { FindingSummary } from '../../../src/extension/protocol';
import { PROJECT_ROOT } from './built-extension';

type Table = Record<string, { message: string }>;
type Area = 'content' | 'popup' | 'options' | 'background' | 'welcome';
const tables = new Map<Area, Table>();

/** A zh UI string from locales/<area>/zh_CN.json; `$1`… stay as they are. */
export function uiString(area: Area, key: string): string {
  if (!tables.has(area))
    tables.set(area, JSON.parse(readFileSync(join(PROJECT_ROOT, `locales/${area}/zh_CN.json`), 'utf8')) as Table);
  const m = tables.get(area)![key]?.message;
  if (!m) throw new Error(`locales/${area}/zh_CN.json has no ${key}`);
  return m;
}

export const contentText = (key: string) => uiString('content', key);

/** Matches an accessible name that starts with the string (help text may follow). */
export const startsWith = (text: string) => new RegExp(`^\\s*${escapeRegExp(text.split('$')[0]!.trim())}`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of a string before its first placeholder, as a RegExp prefix. */
export function prefixPattern(key: string): RegExp {
  return new RegExp(`^${escapeRegExp(contentText(key).split('$')[0]!.trim())}`);
}

/** Accessible names of markers: "风险提醒：…" or "风险提醒，共2条：…". */
export function markerNamePattern(): RegExp {
  const a = contentText('content_markerLabel').split('$')[0]!;
  const b = contentText('content_markerLabelMany').split('$')[0]!;
  let common = '';
  while (common.length < Math.min(a.length, b.length) && a[common.length] === b[common.length]) common += a[common.length];
  return new RegExp(`^${escapeRegExp(common || a)}`);
}

export interface RuleMessage {
  ruleId: string;
  risk: string;
  title: string;
  explain: string;
  advice: string;
  hotline: string;
}

let cache: RuleMessage[] | undefined;
/** Every bundled rule's zh message. */
export function ruleMessages(): RuleMessage[] {
  if (!cache) {
    const { packs } = readPacks(bundledPackFiles(join(PROJECT_ROOT, 'rules')));
    cache = packs.flatMap(({ pack }) => pack.rules.map((r) => ({ ruleId: r.id, risk: r.risk, ...r.message.zh })));
  }
  return cache;
}

/** Everything a popover must say about one finding. */
export function expectedPopoverParts(f: FindingSummary): string[] {
  const source = f.sources[0];
  return [f.title, f.explain, f.advice, f.hotline, ...(source ? [source.issuer, source.document] : [])];
}

export const riskSet = (findings: readonly Pick<FindingSummary, 'risk'>[]) => [...new Set(findings.map((f) => f.risk))].sort();
