// @vitest-environment node
// The split between the content script and the full-scan chunk (docs/decisions/0023), checked on
// esbuild bundles of both entries without a build of the extension: the content script carries
// the gate only, and the chunk is an ES module with the full scan and json-rules-engine slimmed
// as the content script had it (the same aliases, no debug logging reading the page's storage).
import { describe, expect, it } from 'vitest';
import { bundleContentEntry, ROOT } from '../content-entry-bundle';
import { buildFullScanChunk } from '../../../scripts/build-chunks';

describe('full-scan chunk boundary', () => {
  it('the content script entry bundles the gate, and no engine, snapshot or fact extractor', async () => {
    const { inputs } = await bundleContentEntry();
    expect(inputs).toContain('src/core/evaluate/scan-gate.ts');
    expect(inputs).toContain('src/core/classify/quick-read.ts');
    const full = inputs.filter(
      (f) =>
        f.includes('node_modules/json-rules-engine/') ||
        /^src\/core\/(read\/snapshot\.ts|evaluate\/(engine|ruleset)\.ts|facts\/(loan|food|training)\/)/.test(f) ||
        f === 'src/core/scan.ts',
    );
    expect(full).toEqual([]);
  });

  it('the chunk is an ES module exporting the full scan, with the engine slimmed and without extension APIs', async () => {
    const chunk = await buildFullScanChunk(ROOT);
    expect(chunk.contents).toMatch(/export\s*\{[^}]*\bscanDocument\b[^}]*\}/);
    expect(chunk.contents).toMatch(/export\s*\{[^}]*\bcompileRuleset\b[^}]*\}/);
    expect(chunk.inputs).toContain('src/core/scan.ts');
    expect(chunk.inputs.some((f) => f.includes('node_modules/json-rules-engine/'))).toBe(true);
    expect(chunk.inputs).toContain('src/extension/jsonpath-plus-stub.ts');
    expect(chunk.inputs.filter((f) => f.includes('node_modules/jsonpath-plus/'))).toEqual([]);
    expect(chunk.contents).not.toContain('localStorage');
    expect(chunk.inputs.filter((f) => /webextension-polyfill|node_modules\/wxt\//.test(f))).toEqual([]);
  });
});
