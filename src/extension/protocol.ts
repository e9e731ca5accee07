// Messages between the extension's parts. The one contract that content, background, popup and
// options share; every message is a plain JSON object with a `type`.
//
//   content  → background   getConfig, findings, licenceRecord, reportWrong
//   popup    → background   getTabFindings, trustSite
//   popup    → content      reveal (browser.tabs.sendMessage to the tab)
//   options  → background   (settings are read/written through src/settings/, see there)
//
// Page content never leaves the device: these messages stay inside the extension.
import type { PageKind, RiskCode, Severity, Source } from '../core/types';
import type { PackData } from '../core/ruleset';

/** A finding as the popup and badge need it: serialisable, in the reader's language. */
export interface FindingSummary {
  /** Index in the tab's current findings; `reveal` uses it. */
  index: number;
  ruleId: string;
  risk: RiskCode;
  severity: Severity;
  title: string;
  explain: string;
  advice: string;
  hotline: string;
  sources: Source[];
  evidence: Array<{ text: string }>;
}

/** What the content script runs with, decided by the background from stored settings. */
export interface ContentConfig {
  /** Settings already validated by the background (corrupt storage → defaults + notice). */
  sensitivity: 'relaxed' | 'standard' | 'elder';
  categories: { loan: boolean; food: boolean; training: boolean; common: boolean };
  /** This page's host is on the trusted list: do nothing. */
  trusted: boolean;
  textScale: number;
  readAloud: boolean;
  lang: 'zh' | 'en';
  /** Rule packs imported by the family, validated on import; the bundled packs ship inside the content script. */
  importedPacks: PackData[];
  /** Licence memory for food.license-shared: licence number → shop names seen. */
  licenceMemory: Record<string, string[]>;
  /** Rule ids the user marked "这不对" on this site: not shown again here. */
  dismissedRules: string[];
}

export type Message =
  | { type: 'mingbai/getConfig'; url: string }
  | { type: 'mingbai/findings'; url: string; kind: PageKind; findings: FindingSummary[] }
  | { type: 'mingbai/licenceRecord'; licence: string; shopName: string }
  | { type: 'mingbai/reportWrong'; ruleId: string; url: string; evidence: string }
  | { type: 'mingbai/getTabFindings'; tabId: number }
  | { type: 'mingbai/trustSite'; host: string; pin?: string }
  | { type: 'mingbai/reveal'; index: number };

export type TabFindings = { url: string; kind: PageKind; findings: FindingSummary[] } | null;

export type TrustSiteReply = { ok: true } | { ok: false; error: 'pin-required' | 'pin-wrong' | 'pin-throttled'; retryAfterMs?: number };

export const isMingbaiMessage = (m: unknown): m is Message =>
  typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('mingbai/');
