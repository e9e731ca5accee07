// The content script's scans: the gate on every page, the full-scan chunk only for pages that
// pass it. Findings must be those of the core's own scan; the chunk loads once, and only when
// something could fire.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackData } from '../../../src/core/evaluate/pack-parts';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';
import type { FullScanModule } from '../../../src/extension/content/full-scan-module';
import { gatePackData } from '../../../src/core/evaluate/scan-gate';
import { GatedScan, type FullScanPacksLoader } from '../../../src/extension/content/gated-scan';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';

const options = { url: 'https://example.com/', today: '2026-12-04' };

/** The full scan's packs, counted when asked for. */
function whole(packs: readonly PackData[], fallback = packs): FullScanPacksLoader & { calls: number } {
  const ask = Object.assign(async () => (ask.calls++, { packs, fallback }), { calls: 0 });
  return ask;
}

function loader() {
  const loads = vi.fn(() => import('../../../src/extension/content/full-scan-module') as Promise<FullScanModule>);
  return loads;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('gated scan', () => {
  it('never loads the full scan for an ordinary page', async () => {
    document.body.innerHTML =
      '<h1>今日天气</h1><p>多云转晴，气温十五度。</p><form><input type="checkbox" name="remember"></form>';
    const load = loader();
    const result = await new GatedScan(BUNDLED_PACKS, whole(BUNDLED_PACKS), load, () => {}).scan(document, options);
    expect(result).toMatchObject({ kind: 'other', findings: [] });
    expect(load).not.toHaveBeenCalled();
  });

  it('compiles the gate from the part of the packs it reads, and asks for the rest only to scan in full', async () => {
    const gatePacks = gatePackData(BUNDLED_PACKS);
    // What the page is sent first is a fraction of the packs.
    expect(JSON.stringify(gatePacks).length * 5).toBeLessThan(JSON.stringify(BUNDLED_PACKS).length);
    const pages = [
      '<h1>今日天气</h1><p>多云转晴，气温十五度。</p>',
      '<form><label><input type="checkbox" checked>同意开通自动续费会员，每月扣费30元</label></form>',
      `<h1>安心贷 · 小额借款</h1><p>借款额度最高5万元，当天放款。</p>
       <p>审核通过后须先缴纳10%保证金，放款后全额退还。</p><p>年化利率低至7.2%起，分期还款。</p>`,
    ];
    for (const html of pages) {
      document.body.innerHTML = html;
      const packs = whole(BUNDLED_PACKS);
      const load = loader();
      const split = await new GatedScan(gatePacks, packs, load, () => {}).scan(document, options);
      const core = await scanDocument(compileRuleset(BUNDLED_PACKS), document, options);
      expect(split.kind).toBe(core.kind);
      expect(split.findings.map((f) => f.ruleId)).toEqual(core.findings.map((f) => f.ruleId));
      // The weather page never asks for the packs; the others ask once, with the chunk.
      expect(packs.calls).toBe(load.mock.calls.length);
      expect(packs.calls).toBe(html.includes('天气') ? 0 : 1);
    }
  });

  it('asks for the packs again on the next scan when they could not be had', async () => {
    document.body.innerHTML = '<h1>极速借款</h1><p>借款额度 当天放款 年化利率 分期还款 不看征信</p>';
    const packs = vi
      .fn<FullScanPacksLoader>()
      .mockRejectedValueOnce(new Error('no packs'))
      .mockResolvedValue({ packs: BUNDLED_PACKS, fallback: BUNDLED_PACKS });
    const scans = new GatedScan(gatePackData(BUNDLED_PACKS), packs, loader(), () => {});
    await expect(scans.scan(document, options)).rejects.toThrow('no packs');
    expect((await scans.scan(document, options)).kind).toBe('loan');
    expect(packs).toHaveBeenCalledTimes(2);
  });

  it('loads it once for a page that passes the gate, and finds what the core finds', async () => {
    document.body.innerHTML = `<h1>安心贷 · 小额借款</h1><p>借款额度最高5万元，当天放款。</p>
      <p>审核通过后须先缴纳10%保证金，放款后全额退还。</p><p>年化利率低至7.2%起，分期还款。</p>`;
    const load = loader();
    const scans = new GatedScan(BUNDLED_PACKS, whole(BUNDLED_PACKS), load, () => {});
    const first = await scans.scan(document, options);
    const core = await scanDocument(compileRuleset(BUNDLED_PACKS), document, options);
    expect(first.kind).toBe('loan');
    expect(first.findings.map((f) => f.ruleId)).toEqual(core.findings.map((f) => f.ruleId));
    expect(first.findings.length).toBeGreaterThan(0);
    expect(scans.rule(first.findings[0]!.ruleId)?.id).toBe(first.findings[0]!.ruleId);
    await scans.scan(document, options);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads it for an `other` page with a pre-checked box, which a rule could read', async () => {
    document.body.innerHTML =
      '<form><label><input type="checkbox" checked>同意开通自动续费会员，每月扣费30元</label><button>提交</button></form>';
    const load = loader();
    const result = await new GatedScan(BUNDLED_PACKS, whole(BUNDLED_PACKS), load, () => {}).scan(document, options);
    expect(load).toHaveBeenCalledTimes(1);
    const core = await scanDocument(compileRuleset(BUNDLED_PACKS), document, options);
    expect(result.findings.map((f) => f.ruleId)).toEqual(core.findings.map((f) => f.ruleId));
  });

  it('tries the chunk again on the next scan when it failed to load', async () => {
    document.body.innerHTML = '<h1>极速借款</h1><p>借款额度 当天放款 年化利率 分期还款 不看征信</p>';
    const load = vi
      .fn<() => Promise<FullScanModule>>()
      .mockRejectedValueOnce(new Error('extension reloaded'))
      .mockImplementation(() => import('../../../src/extension/content/full-scan-module'));
    const scans = new GatedScan(BUNDLED_PACKS, whole(BUNDLED_PACKS), load, () => {});
    await expect(scans.scan(document, options)).rejects.toThrow('extension reloaded');
    expect((await scans.scan(document, options)).kind).toBe('loan');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('falls back to the bundled packs when the full rule set cannot be compiled from an import', async () => {
    document.body.innerHTML = '<h1>极速借款</h1><p>借款额度 当天放款 年化利率 分期还款 不看征信</p>';
    // A rule json-rules-engine refuses (a condition with no operator) passes the gate's reading.
    const broken: PackData = {
      id: 'broken',
      version: '1',
      lexicons: {},
      negations: [],
      classifier: [],
      rules: [{ ...BUNDLED_PACKS[1]!.rules[0]!, id: 'broken.rule', conditions: { all: [{ fact: 'x', value: 1 }] } }],
    };
    const errors: unknown[] = [];
    const scans = new GatedScan([...BUNDLED_PACKS, broken], whole([...BUNDLED_PACKS, broken], BUNDLED_PACKS), loader(), (e) =>
      errors.push(e),
    );
    const result = await scans.scan(document, options);
    expect(errors).toHaveLength(1);
    expect(result.kind).toBe('loan');
    expect(scans.rule('broken.rule')).toBeUndefined();
  });
});
