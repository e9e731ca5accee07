// Messages between the extension's parts. The one contract that content, background, popup and
// options share; every message is a plain JSON object with a `type`.
//
//   content  → background   getConfig, getContentPacks, findings, licenceRecord, reportWrong
//   popup    → background   getTabFindings, getPopupState, trustSite, pauseSite, resumeSite,
//                           reportWrong, dismissRule
//   popup    → content      reveal (browser.tabs.sendMessage to the tab)
//   options  → background   getOptionsState, updateSettings, setPin, resetPin, exportSettings,
//                           importSettings, exportReports, importPack, removePack, dismissNotice,
//                           clearLicenceMemory, dismissRule
//   welcome  → background   getOptionsState, updateSettings, setPin
//   background → content    configChanged (settings changed: ask for the config again),
//                           whichDocument (a tab update: is its top frame still the same document?)
//
// Messages that change settings carry the PIN (when one is set); the background checks it.
// They are accepted only from the extension's own pages, never from content scripts. A content
// script may only report: "这不对" records a report, and hides the warning only while no PIN is
// set. The content script reads no storage: settings, packs and the lock live in the
// extension's IndexedDB, which only the background and the extension's pages can reach
// (docs/decisions/0014-lock-state-out-of-content-reach.md).
// Page content never leaves the device: these messages stay inside the extension.
import type { PageKind, RiskCode, Severity, Source } from '../core/shared/types';
import type { PackData } from '../core/evaluate/ruleset';
import type { PackProblem } from '../core/packs/load-packs';
import type { ChangeResult, Notice } from '../settings/settings-service';
import type { Settings } from '../settings/settings-schema';
import type { PackSummary } from './background/imported-packs';

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
  /** Category (CATEGORY_NAMES of src/core/facts/domain-catalog.ts) → shown. A category missing here is shown. */
  categories: Readonly<Record<string, boolean>>;
  /** This page's host is on the trusted list: do nothing. */
  trusted: boolean;
  textScale: number;
  readAloud: boolean;
  lang: 'zh' | 'en';
  /** Rule packs imported by the family, validated on import; the bundled packs ship inside the content script. */
  importedPacks: PackData[];
  /** A family PIN is set: the page's buttons hide no warning (只 close; "这不对" is only recorded). */
  locked: boolean;
  /** Rule ids the user marked "这不对" on this site: not shown again here. */
  dismissedRules: string[];
}

export type Message =
  /**
   * uiLanguage: the sender's browser.i18n.getUILanguage(). Optional; when given, the background
   * uses it for ContentConfig.lang (a Chrome service worker can report a different UI language
   * than pages do, e.g. en-US on a Chromium without locale packs).
   */
  | { type: 'mingbai/getConfig'; url: string; uiLanguage?: string }
  /**
   * count: the page's one count (src/ui/risk-count.ts), for the badge and popup to say as the
   * banner does. uiHidden: the page hides the inline UI (badge "!").
   */
  | {
      type: 'mingbai/findings';
      url: string;
      kind: PageKind;
      findings: FindingSummary[];
      count?: { risks: number; places: number };
      uiHidden?: boolean;
      /** The reporting document's random id: a same-document navigation keeps its findings. */
      documentId?: string;
    }
  | { type: 'mingbai/licenceRecord'; licence: string; shopName: string }
  | { type: 'mingbai/reportWrong'; ruleId: string; url: string; evidence: string }
  | { type: 'mingbai/getTabFindings'; tabId: number }
  | { type: 'mingbai/trustSite'; host: string; pin?: string }
  | { type: 'mingbai/pauseSite'; host: string; pin?: string }
  | { type: 'mingbai/resumeSite'; host: string }
  /** Hide one warning on one site (popup after 报告误报, options). Needs the PIN when set. */
  | { type: 'mingbai/dismissRule'; ruleId: string; url: string; pin?: string }
  | { type: 'mingbai/clearLicenceMemory'; pin?: string }
  /** "忘记 PIN": removes the PIN and restores protective settings (see SettingsService.resetPinToProtective). */
  | { type: 'mingbai/resetPin' }
  | { type: 'mingbai/reveal'; index: number }
  | { type: 'mingbai/getPopupState'; tabId: number }
  | { type: 'mingbai/getOptionsState' }
  | { type: 'mingbai/updateSettings'; patch: SettingsPatchMessage; pin?: string }
  | { type: 'mingbai/setPin'; currentPin?: string; newPin: string | null }
  | { type: 'mingbai/exportSettings' }
  | { type: 'mingbai/importSettings'; text: string; pin?: string }
  | { type: 'mingbai/exportReports' }
  | { type: 'mingbai/importPack'; fileName: string; text: string; pin?: string }
  | { type: 'mingbai/removePack'; id: string; pin?: string }
  /** Close the notice. A pin-reset notice needs the new PIN (see DismissNoticeReply). */
  | { type: 'mingbai/dismissNotice'; pin?: string }
  | { type: 'mingbai/configChanged' }
  /** Background → content (top frame): which document are you? Reply: { documentId }. */
  | { type: 'mingbai/whichDocument' }
  /** Reply: ContentPacksRecord, the bundled packs stripped for the page (`part` 'gate': only what the gate reads). */
  | { type: 'mingbai/getContentPacks'; part?: ContentPacksPart };

/** Which part of the bundled packs a page asks for: what its gate reads, or all the full scan reads. */
export type ContentPacksPart = 'gate' | 'full';

/**
 * storage.local key where earlier versions kept the bundled packs for content scripts. No longer
 * written (a content script could overwrite it and stop all scanning); removed on migration.
 */
export const CONTENT_PACKS_KEY = 'mingbai.contentPacks';

/** What getContentPacks answers. */
export interface ContentPacksRecord {
  /** The extension version (manifest) that wrote it: a content script uses only its own version's packs. */
  version: string;
  /** Digest of `packs`: the background rewrites the record when the packs changed within one version. */
  digest: string;
  packs: PackData[];
}

/** Fields options may change in one step; validated again by the background. */
export type SettingsPatchMessage = Partial<
  Pick<Settings, 'sensitivity' | 'categories' | 'trustedSites' | 'textScale' | 'readAloud' | 'dismissed'>
>;

/** Reply to every message that changes something guarded by the PIN. */
export type ChangeReply = ChangeResult;

/**
 * Reply to dismissNotice. The pin-reset notice is how the family learns that someone used
 * 忘记 PIN: it cannot be closed while no PIN is set (`pin-not-set`: whoever reset it would close
 * it at once), and then only with the new PIN. Other notices close without a PIN.
 */
export type DismissNoticeReply = ChangeResult | { ok: false; error: 'pin-not-set' };

/** Reply to reportWrong: the report is kept either way; `dismissed` false when the PIN is needed to hide the warning. */
export type ReportWrongReply = { ok: true; dismissed: boolean; error?: 'pin-required' | 'pin-throttled' } | { ok: false };

/** Reply to licenceRecord: the shop names known for that one licence (the page gets no more of the memory). */
export type LicenceRecordReply = { ok: boolean; names?: string[] };

/** Settings as pages see them: never the PIN record, only whether one is set. */
export type SettingsView = Omit<Settings, 'pin'> & { pinSet: boolean };

export interface PopupState {
  tab: TabFindings;
  /** Trusted-list key of the tab's page (null: not a web page, or nothing reported yet). */
  host: string | null;
  trusted: boolean;
  /** Paused on this site from the popup ("在此网站暂停"). */
  paused: boolean;
  pinSet: boolean;
  notice: Notice | null;
  textScale: number;
}

export interface OptionsState {
  settings: SettingsView;
  notice: Notice | null;
  /** ms until the PIN can be tried again (0: now). */
  pinRetryAfterMs: number;
  importedPacks: PackSummary[];
  reportCount: number;
  /** Licence memory, most recently seen first: licence number and shop names only. */
  licenceMemory: Array<{ licence: string; shops: string[] }>;
  /** Titles of the dismissed rules, so the page lists warnings by name, not by rule id. */
  ruleTitles: Record<string, { zh: string; en: string }>;
  /**
   * The settings' categories in order, each with its switch's label: from the domain registry
   * (src/core/facts/domain-catalog.ts), which the background has and the page need not load.
   */
  categories: Array<{ name: string; label: { zh: string; en: string } }>;
}

export type PackImportReply =
  | { ok: true; pack: PackSummary }
  | { ok: false; error: 'invalid'; problems: PackProblem[] }
  | Exclude<ChangeResult, { ok: true }>;

/** Text of a file the options page offers for download. */
export interface ExportReply {
  fileName: string;
  text: string;
}

export type TabFindings = {
  url: string;
  kind: PageKind;
  findings: FindingSummary[];
  /** The page's one count, as its banner says it ("3 个风险 · 6 处"). */
  count?: { risks: number; places: number };
  uiHidden?: boolean;
  /** Which document reported these (document-change.ts). */
  documentId?: string;
} | null;

export type TrustSiteReply =
  { ok: true } | { ok: false; error: 'pin-required' | 'pin-wrong' | 'pin-throttled'; retryAfterMs?: number };
// trustSite may also reply { ok: false, error: 'invalid', detail } for an address that is not a website (see ChangeReply).

export const isMingbaiMessage = (m: unknown): m is Message =>
  typeof m === 'object' &&
  m !== null &&
  typeof (m as { type?: unknown }).type === 'string' &&
  (m as { type: string }).type.startsWith('mingbai/');
