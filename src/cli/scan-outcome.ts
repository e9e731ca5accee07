// What one `mingbai scan` run produced, before it is printed as a table or as JSON.
import type { PageScan } from './scan-file';
import type { Finding, Lang, Sensitivity } from '../core/shared/types';

export interface ScannedPage {
  scan: PageScan;
  /** Findings after the sensitivity filter: what the user is shown. */
  findings: Finding[];
}

export interface SkippedPage {
  file: string;
  /** Stable code: missing, unreadable, not-a-file, not-html, too-big, no-pages, scan-failed. */
  problem: string;
  /** One line, Chinese then English. */
  message: string;
}

export interface ScanOutcome {
  version: string;
  sensitivity: Sensitivity;
  lang: Lang;
  today: string;
  pages: ScannedPage[];
  skipped: SkippedPage[];
  /** Page kind → its name in `lang`, from the packs' `about` (kindNames of core/facts/domain-catalog.ts). */
  kindNames?: Record<string, string>;
}
