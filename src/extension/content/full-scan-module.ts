// The full scan, built as a chunk of its own (scripts/build-chunks.ts): the snapshot, the fact
// extractors and json-rules-engine. The content script import()s it only for pages that pass
// the gate (gated-scan.ts, docs/decisions/0023-full-scan-chunk.md).
import { compileRuleset } from '../../core/evaluate/ruleset';
import { scanDocument } from '../../core/scan';

export { compileRuleset, scanDocument };

export interface FullScanModule {
  compileRuleset: typeof compileRuleset;
  scanDocument: typeof scanDocument;
}
