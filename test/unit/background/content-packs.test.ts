// @vitest-environment node
// The packs content scripts get: stripped of what only authors and tests use, scanning exactly
// like the full packs, and answered by the background (never stored where a content script can write).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileRuleset, type PackData } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';
import { BUNDLED_PACKS } from '../../../src/extension/background/bundled-packs';
import { contentPacksRecord, packForContent } from '../../../src/extension/background/content-packs';
import { MessageRouter, type BackgroundPorts } from '../../../src/extension/background/message-router';

const rulesDir = join(import.meta.dirname, '../../../rules');
const full = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
  .map((f) => JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as Record<string, unknown>);

describe('packs for content scripts', () => {
  it('drop examples, descriptions and titles but keep every rule, lexicon and grammar entry', () => {
    for (const pack of full) {
      const slim = packForContent(pack);
      expect(JSON.stringify(slim)).not.toContain('"examples"');
      expect(JSON.stringify(slim)).not.toContain('"description"');
      expect((slim.rules as unknown[]).length).toBe((pack.rules as unknown[]).length);
      expect(Object.keys(slim.lexicons as object)).toEqual(Object.keys(pack.lexicons as object));
      expect(Object.keys(slim.grammar as object)).toEqual(Object.keys(pack.grammar ?? {}));
    }
  });

  it('scan a page exactly like the full packs', async () => {
    const html = `<h1>闪电借 · 极速借款</h1><p>审核已通过，需先缴纳20%保证金，放款后退还</p>
      <p>最高可借5万，随借随还，支持提前还款</p><p>借1000元7天还1100元</p><p>日息低至0.02%</p><button>立即借款</button>
      <label><input type="checkbox" checked> 同意开通会员权益包(29元/月)</label>`;
    const scan = async (packs: unknown[]) => {
      const doc = new JSDOM(`<body>${html}</body>`, { url: 'https://loan.example/' }).window.document;
      return (await scanDocument(compileRuleset(packs as PackData[]), doc, { today: '2026-01-01' })).findings
        .map((f) => `${f.risk}:${f.severity}:${f.evidence.length}`)
        .sort();
    };
    const whole = await scan(full);
    expect(whole.length).toBeGreaterThan(2);
    expect(await scan(full.map(packForContent))).toEqual(whole);
  });

  it('the record holds every bundled pack, stamped with the version and a digest of the packs', () => {
    const record = contentPacksRecord(BUNDLED_PACKS, '1.2.3');
    expect(record.version).toBe('1.2.3');
    expect(record.packs.map((p) => p.id).sort()).toEqual(full.map((p) => p.id as string).sort());
    expect(contentPacksRecord(BUNDLED_PACKS, '1.2.3').digest).toBe(record.digest);
    const edited = BUNDLED_PACKS.map((b, i) => (i === 0 ? { pack: { ...b.pack, negations: [...b.pack.negations, '绝不'] } } : b));
    expect(contentPacksRecord(edited, '1.2.3').digest).not.toBe(record.digest);
    // Stored as JSON: nothing storage.local cannot hold.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('the gate record holds, of each pack, only what the gate reads', () => {
    const whole = contentPacksRecord(BUNDLED_PACKS, '1.2.3');
    const gate = contentPacksRecord(BUNDLED_PACKS, '1.2.3', 'gate');
    expect(gate.packs.map((p) => p.id)).toEqual(whole.packs.map((p) => p.id));
    expect(gate.digest).not.toBe(whole.digest);
    expect(JSON.stringify(gate.packs).length * 5).toBeLessThan(JSON.stringify(whole.packs).length);
    for (const [i, pack] of gate.packs.entries()) {
      expect(pack.classifier).toEqual(whole.packs[i]!.classifier);
      expect(pack.rules.every((r) => r.pageKinds.includes('other'))).toBe(true);
    }
  });

  it('the gate record says what each pattern needs, worked out by the background whatever a pack says', () => {
    const gate = contentPacksRecord(BUNDLED_PACKS, '1.2.3', 'gate');
    const lexicons = Object.assign({}, ...gate.packs.map((p) => p.lexicons)) as PackData['lexicons'];
    expect(lexicons['food.titleShop']?.needs).toEqual([['店']]);
    for (const [name, spec] of Object.entries(lexicons)) expect(spec.needs?.length ?? 0, name).toBe(spec.patterns?.length ?? 0);
    // A pack that states its own needs (a wrong one would hide a page kind) has them replaced.
    const claimed = BUNDLED_PACKS.map(({ pack }) => ({
      pack: {
        ...pack,
        lexicons: Object.fromEntries(Object.entries(pack.lexicons).map(([n, s]) => [n, { ...s, needs: [['✗']] }])),
      },
    }));
    const fromClaimed = Object.assign({}, ...contentPacksRecord(claimed, '1.2.3', 'gate').packs.map((p) => p.lexicons));
    expect(fromClaimed).toEqual(lexicons);
    // The full record, which the content script's quick read never reads, carries none.
    expect(JSON.stringify(contentPacksRecord(BUNDLED_PACKS, '1.2.3').packs)).not.toContain('"needs"');
  });

  it('the background answers getContentPacks with the part asked for', async () => {
    const records = {
      full: contentPacksRecord(BUNDLED_PACKS, '9.9.9'),
      gate: contentPacksRecord(BUNDLED_PACKS, '9.9.9', 'gate'),
    };
    const router = new MessageRouter({ contentPacks: (part: 'gate' | 'full') => records[part] } as unknown as BackgroundPorts);
    const sender = { tabId: 3, frameId: 0, fromExtensionPage: false };
    expect(await router.handle({ type: 'mingbai/getContentPacks', part: 'gate' }, sender)).toBe(records.gate);
    expect(await router.handle({ type: 'mingbai/getContentPacks', part: 'full' }, sender)).toBe(records.full);
    // Anything else (an older content script asks with no part): the whole packs.
    expect(await router.handle({ type: 'mingbai/getContentPacks' }, sender)).toBe(records.full);
  });

  it('the background answers getContentPacks from a content script', async () => {
    const record = contentPacksRecord(BUNDLED_PACKS, '9.9.9');
    const router = new MessageRouter({ contentPacks: () => record } as unknown as BackgroundPorts);
    const reply = await router.handle({ type: 'mingbai/getContentPacks' }, { tabId: 3, frameId: 0, fromExtensionPage: false });
    expect(reply).toBe(record);
  });
});
