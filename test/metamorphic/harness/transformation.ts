// What a metamorphic transformation is, and the two relations the suite checks.
import type { Chooser } from './chooser';
import type { Fixture } from './fixture-scan';

export interface Variant {
  html: string;
  /**
   * The edited DOM `html` serialises, when the transformation edited one: scanned as it is
   * (a page's DOM after the edits), which saves parsing `html` again.
   */
  doc?: Document;
  /** The URL the variant is scanned at (the fixture's own unless the variant is another page). */
  url?: string;
  /** One line per edit made, for failure messages. */
  edits: string[];
}

export interface Transformation {
  /** Short id used in test names, KNOWN_GAPS and messages: "inline-split". */
  id: string;
  /**
   * same: the variant must get the original's page kind and risk codes.
   * reported: the variant quotes the page in a news report or warning, and must be kind `other`
   * with no domain (loan.*, food.*, training.*) findings.
   */
  relation: 'same' | 'reported';
  /** Builds a variant of the page; no edits (empty list) means the transformation does not apply. */
  vary(fixture: Fixture, choose: Chooser): Variant;
  /**
   * Fixed choices tried on every fixture before the random ones, by name: the variants that
   * change everything the transformation can change (every line as a read-only field, every
   * digit full-width…). Default: one, "everything" (the last option of every draw).
   */
  extremes?: ReadonlyArray<{ name: string; choose: Chooser }>;
}
