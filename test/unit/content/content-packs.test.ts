// The packs bundled into the content script are stripped at build time; the stripped packs
// must scan exactly like the full ones.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleset, type PackData } from '../../../src/core/ruleset';
import { scanDocument } from '../../../src/core/scan';
import { contentPacksPlugin, packForContent } from '../../../src/extension/content/content-packs-plugin';

const rulesDir = join(__dirname, '../../../rules');
const full = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
  .map((f) => JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as Record<string, unknown>);

describe('packs for the content script', () => {
  it('drop examples, descriptions and titles but keep every rule', () => {
    for (const pack of full) {
      const slim = packForContent(pack);
      expect(JSON.stringify(slim)).not.toContain('"examples"');
      expect(JSON.stringify(slim)).not.toContain('"description"');
      expect((slim.rules as unknown[]).length).toBe((pack.rules as unknown[]).length);
      expect(Object.keys(slim.lexicons as object)).toEqual(Object.keys(pack.lexicons as object));
    }
  });

  it('scan a page exactly like the full packs', async () => {
    document.body.innerHTML = `<h1>闪电借 · 极速借款</h1><p>审核已通过，需先缴纳20%保证金，放款后退还</p>
      <p>最高可借5万，随借随还，支持提前还款</p><p>借1000元7天还1100元</p><p>日息低至0.02%</p><button>立即借款</button>
      <label><input type="checkbox" checked> 同意开通会员权益包(29元/月)</label>`;
    const scan = async (packs: unknown[]) => (await scanDocument(compileRuleset(packs as PackData[]), document, { today: '2026-01-01' })).findings.map((f) => `${f.risk}:${f.severity}:${f.evidence.length}`).sort();
    const whole = await scan(full);
    expect(whole.length).toBeGreaterThan(2);
    expect(await scan(full.map(packForContent))).toEqual(whole);
  });

  it('only touches imports marked for the content script', () => {
    const plugin = contentPacksPlugin();
    const code = JSON.stringify(full[0]);
    expect(plugin.transform(code, '/x/rules/loan.json')).toBeNull();
    expect(plugin.transform(code, '/x/rules/loan.json?mingbai-content')!.code.length).toBeLessThan(code.length);
  });
});
