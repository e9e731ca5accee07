// @vitest-environment node
// A page is sent only what its gate reads of the packs (gatePackData) and asks for the rest when it
// passes the gate. That part must give the very gate of the whole packs: the same verdict, the
// same upper bounds, on every fixture, labelled and real page, and with a pack whose classifier
// names a lexicon of another pack.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/cli/decode-html';
import { parseHtml } from '../../../src/cli/parse-html';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { packParts, type PackData } from '../../../src/core/evaluate/pack-parts';
import { compileGate, gatePackData, passGate, type ScanGate } from '../../../src/core/evaluate/scan-gate';
import { PRESET_CONTROL_SELECTOR, consentFacts } from '../../../src/core/facts/consent-facts';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';

const ROOT = resolve(import.meta.dirname, '../../..');
const FACTS = new Map(Object.entries(consentFacts));
const packs = readPacks(bundledPackFiles()).packs.map((p) => p.pack) as unknown as PackData[];

function pageFiles(): string[] {
  const dirs = [
    join(ROOT, 'test/fixtures/pages'),
    join(ROOT, 'test/e2e/pages'),
    join(ROOT, '../shared/corpus/labelled-pages'),
    join(ROOT, '../shared/corpus/real-pages'),
  ];
  return (
    dirs
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)))
      .filter((file) => file.endsWith('.html'))
      // Of the real pages the Chinese ones, where signal phrases occur: the rest only slow the test.
      .filter((file) => !file.includes('/real-pages/') || /\/zh-[^/]*$/.test(file))
  );
}

async function outcome(gate: ScanGate | readonly PackData[], doc: Document, url: string) {
  const compiled = Array.isArray(gate) ? compileGate(packParts(gate as readonly PackData[]), FACTS) : (gate as ScanGate);
  const passed = await passGate(compiled, doc, { url }, null);
  const { timings: _t, ...rest } = passed.done ?? passed;
  return rest;
}

describe('the gate part of the packs', () => {
  it('keeps the classifiers, the lexicons they name and the rules of `other` pages, and little else', () => {
    const part = gatePackData(packs);
    expect(part.map((p) => p.id)).toEqual(packs.map((p) => p.id));
    for (const [i, pack] of part.entries()) {
      expect(pack.classifier).toEqual(packs[i]!.classifier);
      expect(pack.rules.every((r) => r.pageKinds.includes('other'))).toBe(true);
      expect(pack.rules.length).toBe(packs[i]!.rules.filter((r) => r.pageKinds.includes('other')).length);
    }
    expect(JSON.stringify(part).length * 5).toBeLessThan(JSON.stringify(packs).length);
  });

  it('gives the gate of the whole packs on every page', async () => {
    const files = pageFiles();
    // The project's own 48 pages at least; the shared corpus where it is checked out beside it.
    expect(files.length).toBeGreaterThanOrEqual(48);
    const fromWhole = compileGate(packParts(packs), FACTS);
    const fromPart = compileGate(packParts(gatePackData(packs)), FACTS);
    let passedOn = 0;
    for (const file of files) {
      const doc = parseHtml(decodeHtml(new Uint8Array(readFileSync(file))).text, 'https://example.test/page');
      const whole = await outcome(fromWhole, doc, doc.URL);
      expect(await outcome(fromPart, doc, doc.URL), file).toEqual(whole);
      if (!('url' in whole)) passedOn++;
    }
    // Both kinds of outcome were compared: pages the gate let through and pages it settled.
    expect(passedOn).toBeGreaterThan(10);
    expect(passedOn).toBeLessThan(files.length);
  });

  it('settles only pages on which the full read, with no quick path, finds nothing', async () => {
    const ruleset = compileRuleset(packs);
    const gate = compileGate(packParts(gatePackData(packs)), FACTS);
    let settled = 0;
    let byLabels = 0;
    for (const file of pageFiles()) {
      const doc = parseHtml(decodeHtml(new Uint8Array(readFileSync(file))).text, 'https://example.test/page');
      const passed = await passGate(gate, doc, { url: doc.URL }, null);
      if (!passed.done) continue;
      settled++;
      // Settled although a box is ticked: its label holds nothing an `other` rule asks of it.
      if (doc.querySelector(PRESET_CONTROL_SELECTOR)) byLabels++;
      const full = await scanDocument(ruleset, doc, { url: doc.URL, quickRead: false });
      expect(
        full.findings.map((f) => f.ruleId),
        file,
      ).toEqual([]);
    }
    // The project's own pages settle 4, one of them by its labels; with the shared corpus, 51 and 6.
    expect(settled).toBeGreaterThanOrEqual(4);
    expect(byLabels).toBeGreaterThanOrEqual(1);
  });

  it('keeps a lexicon that another pack’s classifier names', async () => {
    const shared: PackData = {
      id: 'shared',
      version: '1',
      lexicons: { 'shared.signals': { phrases: ['甲乙丙', '丁戊己', '庚辛壬'], patterns: [], negatable: false } },
      negations: [],
      classifier: [],
      rules: [],
    };
    const user: PackData = {
      id: 'user',
      version: '1',
      lexicons: {},
      negations: [],
      classifier: [{ kind: 'loan', signals: 'shared.signals', minDistinct: 3 }],
      rules: [],
    };
    const part = gatePackData([shared, user]);
    expect(Object.keys(part[0]!.lexicons)).toEqual(['shared.signals']);
    const doc = parseHtml('<body><p>甲乙丙 丁戊己 庚辛壬</p></body>');
    expect(await outcome(part, doc, doc.URL)).toEqual(await outcome([shared, user], doc, doc.URL));
    expect((await outcome(part, doc, doc.URL)).kind).toBeUndefined();
  });
});
