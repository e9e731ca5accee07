// Shared vocabulary of the core. Standard DOM types only: this file is imported by the
// content script, the CLI (jsdom) and the tests alike.

/**
 * A page kind: a registered domain's (src/core/facts/domains.ts) or 'other'. A string here,
 * because the stages before facts/ cannot see the registry; packs are checked against it when
 * they load (PAGE_KINDS in facts/domain-catalog.ts).
 */
export type PageKind = string;

export const SEVERITIES = ['info', 'caution', 'danger'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SENSITIVITIES = ['relaxed', 'standard', 'elder'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export type Lang = 'zh' | 'en';

/**
 * A stable risk code of ../shared/risk-taxonomy.md, `<category>.<name>`. Each domain lists its
 * codes (RISK_CODES in facts/domain-catalog.ts); packs are checked against them when they load.
 */
export type RiskCode = string;

/**
 * One piece of evidence: the element it was read from (absent in serialised form) and a snippet.
 * `text` is the page's own text only (pieces from separate elements joined by " … "), shown as
 * what the page says; whatever Mingbai says about it ("a picture's description", "ticked in
 * advance", a comparison with the shop name) is `note`, shown apart from the quote.
 */
export interface Evidence {
  text: string;
  /** Mingbai's own words about this evidence, as a code the faces word (src/ui/evidence-note.ts); never part of the quote. */
  note?: EvidenceNote;
  element?: Element;
  /** Fact that produced it, for debugging and the CLI's --json output. */
  fact?: string;
}

/**
 * What Mingbai says about a piece of evidence. `values` fill the wording's $1, $2 … (page text
 * such as a licence holder's name, or shop names from the licence memory), always as text.
 */
export type EvidenceNote =
  /** The quote is a picture's description (alt, title, file name): the picture itself is not read. */
  | { code: 'image-description' }
  /** The quote is the label of a box that arrived ticked (or cannot be unticked). */
  | { code: 'preset-box' }
  /** values: the licence holder, the shop name. */
  | { code: 'holder-vs-shop'; values: [string, string] }
  /** values: the licence number, then the shop names it was shown under. */
  | { code: 'licence-shared-names'; values: string[] };

/** A fact's value plus the evidence behind it. */
export interface FactResult<V = unknown> {
  value: V;
  evidence: Evidence[];
}

export interface Message {
  title: string;
  explain: string;
  advice: string;
  hotline: string;
}

export interface Source {
  issuer: string;
  document: string;
  date: string;
  article?: string;
  url?: string;
}

export interface Finding {
  ruleId: string;
  risk: RiskCode;
  severity: Severity;
  message: { zh: Message; en: Message };
  sources: Source[];
  evidence: Evidence[];
}

export interface ScanResult {
  url: string;
  kind: PageKind;
  /** Why the classifier chose this kind, for the CLI and debugging. */
  kindScores: Record<string, number>;
  /** The classifier's cues that counted (absent when the kind was given or ruled out early). */
  kindCues?: Array<{ kind: PageKind; lexicon: string; in: string; count: number; score: number; found: string[] }>;
  findings: Finding[];
  /** Every rule that fired, before findings were merged per risk and per evidence. */
  firedRules: string[];
  /** Milliseconds spent per stage. */
  timings: Record<string, number>;
  /** With ScanOptions.explain and a full read: why the page was or was not flagged. */
  explain?: ScanExplanation;
}

export interface ScanExplanation {
  /** The score each kind needed (kindScores has the scores, kindCues the cues behind them). */
  thresholds: Record<string, number>;
  /** Each fact the rules asked for (name with its params), and its value. */
  facts: Record<string, unknown>;
  /** The rules of the page's kind that did not fire, each with the conditions that failed. */
  notFired: Array<{ ruleId: string; failed: string[] }>;
}

/**
 * Licence memory: "licence number → shop names seen". The CLI keeps it in a JSON file, the
 * extension in storage.local. The core only reads and records through this interface.
 */
export interface LicenceMemory {
  namesFor(licence: string): readonly string[];
  record(licence: string, shopName: string): void;
}
