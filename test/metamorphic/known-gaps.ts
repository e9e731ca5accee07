// Fixture × transformation pairs whose variants detection does not yet handle. The suite asserts
// each of these STILL fails, so a fix in src/core or rules/ makes the test ask for the entry to
// be removed. Never weaken a transformation to get off this list; fix the cause.
// test/metamorphic/GAPS.md explains each cause with a concrete variant.
export interface KnownGap {
  fixture: string;
  transformation: string;
  reason: string;
}

// Empty since the fixes of issue 16: full-width digits are read as ASCII (text-builder.ts), a
// field's label and prefilled value read as one line (snapshot-markup.ts, snapshot-form-values.ts),
// and quotations do not vote for a page kind (classify.ts). See GAPS.md for the history.
export const KNOWN_GAPS: readonly KnownGap[] = [];
