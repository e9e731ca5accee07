// Every word the CLI prints for people, in Chinese (default) and English. Machine output
// (--json) uses the stable codes instead.
import type { Lang, Severity, Sensitivity } from '../core/shared/types';

export interface CliText {
  /** The name of the `other` page kind; the others' come from their packs' `about` (ScanOutcome.kindNames). */
  otherKind: string;
  severity: Record<Severity, string>;
  sensitivity: Record<Sensitivity, string>;
  label: {
    file: string;
    url: string;
    kind: string;
    encoding: string;
    evidence: string;
    explain: string;
    advice: string;
    hotline: string;
    source: string;
    rule: string;
  };
  noFindings: string;
  findingsOnPage: (n: number) => string;
  header: (version: string, pages: number, sensitivity: string, today: string) => string;
  summaryTitle: string;
  summaryColumns: { file: string; kind: string; danger: string; caution: string; info: string };
  totals: (pages: number, flagged: number, skipped: number) => string;
  memoryCorrupt: (file: string, reason: string, backup: string) => string;
  memoryNotSaved: (file: string, reason: string) => string;
  encodingNote: (note: string) => string;
  failOnReached: (severity: string) => string;
}

export const ZH: CliText = {
  otherKind: '其他页面',
  severity: { danger: '危险', caution: '注意', info: '提示' },
  sensitivity: { relaxed: '宽松（只看危险）', standard: '标准', elder: '长辈模式（全部）' },
  label: {
    file: '文件',
    url: '网址',
    kind: '页面类型',
    encoding: '编码',
    evidence: '页面原文',
    explain: '这是什么',
    advice: '怎么办',
    hotline: '求助电话',
    source: '依据',
    rule: '规则',
  },
  noFindings: '没有发现需要提醒的内容。',
  findingsOnPage: (n) => `发现 ${n} 项需要注意：`,
  header: (version, pages, sensitivity, today) =>
    `明白 Mingbai ${version} · 扫描了 ${pages} 个页面 · 提醒级别：${sensitivity} · 日期：${today}`,
  summaryTitle: '汇总',
  summaryColumns: { file: '文件', kind: '页面类型', danger: '危险', caution: '注意', info: '提示' },
  totals: (pages, flagged, skipped) => `共 ${pages} 个页面，${flagged} 个有提醒${skipped ? `，${skipped} 个无法读取` : ''}。`,
  memoryCorrupt: (file, reason, backup) =>
    `警告：许可证记忆文件 ${file} 已损坏（${reason}），已备份为 ${backup}，本次从空白记忆开始。`,
  memoryNotSaved: (file, reason) => `许可证记忆文件 ${file} 无法保存（${reason}），本次记下的许可证没有保存。`,
  encodingNote: (note) => `（${note}）`,
  failOnReached: (severity) => `有达到“${severity}”级别的提醒（--fail-on）。`,
};

export const EN: CliText = {
  otherKind: 'other page',
  severity: { danger: 'DANGER', caution: 'CAUTION', info: 'INFO' },
  sensitivity: { relaxed: 'relaxed (danger only)', standard: 'standard', elder: 'elder (everything)' },
  label: {
    file: 'File',
    url: 'URL',
    kind: 'Page kind',
    encoding: 'Encoding',
    evidence: 'On the page',
    explain: 'What it is',
    advice: 'What to do',
    hotline: 'Hotline',
    source: 'Source',
    rule: 'Rule',
  },
  noFindings: 'Nothing to warn about.',
  findingsOnPage: (n) => `${n} thing${n === 1 ? '' : 's'} to watch out for:`,
  header: (version, pages, sensitivity, today) =>
    `Mingbai ${version} · ${pages} page${pages === 1 ? '' : 's'} scanned · sensitivity: ${sensitivity} · date: ${today}`,
  summaryTitle: 'Summary',
  summaryColumns: { file: 'File', kind: 'Kind', danger: 'Danger', caution: 'Caution', info: 'Info' },
  totals: (pages, flagged, skipped) =>
    `${pages} page${pages === 1 ? '' : 's'}, ${flagged} with warnings${skipped ? `, ${skipped} unreadable` : ''}.`,
  memoryCorrupt: (file, reason, backup) =>
    `warning: licence memory file ${file} is corrupt (${reason}); kept a copy as ${backup} and started a fresh memory.`,
  memoryNotSaved: (file, reason) =>
    `could not save the licence memory file ${file} (${reason}); this run's licences were not kept.`,
  encodingNote: (note) => `(${note})`,
  failOnReached: (severity) => `a finding reached severity "${severity}" (--fail-on).`,
};

export const cliText = (lang: Lang): CliText => (lang === 'en' ? EN : ZH);
