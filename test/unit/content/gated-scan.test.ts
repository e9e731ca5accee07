// The content script's scans: the gate on every page, the full-scan chunk only for pages that
// pass it. Findings must be those of the core's own scan; the chunk loads once, and only when
// something could fire.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackData } from '../../../src/core/evaluate/pack-parts';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';
import type { FullScanModule } from '../../../src/extension/content/full-scan-module';
import { GatedScan } from '../../../src/extension/content/gated-scan';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';

const options = { url: 'https://example.com/', today: '2026-12-04' };

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
    const result = await new GatedScan(BUNDLED_PACKS, BUNDLED_PACKS, load, () => {}).scan(document, options);
    expect(result).toMatchObject({ kind: 'other', findings: [] });
    expect(load).not.toHaveBeenCalled();
  });

  it('loads it once for a page that passes the gate, and finds what the core finds', async () => {
    document.body.innerHTML = `<h1>安心贷 · 小额借款</h1><p>借款额度最高5万元，当天放款。</p>
      <p>审核通过后须先缴纳10%保证金，放款后全额退还。</p><p>年化利率低至7.2%起，分期还款。</p>`;
    const load = loader();
    const scans = new GatedScan(BUNDLED_PACKS, BUNDLED_PACKS, load, () => {});
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
    const result = await new GatedScan(BUNDLED_PACKS, BUNDLED_PACKS, load, () => {}).scan(document, options);
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
    const scans = new GatedScan(BUNDLED_PACKS, BUNDLED_PACKS, load, () => {});
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
    const scans = new GatedScan([...BUNDLED_PACKS, broken], BUNDLED_PACKS, loader(), (e) => errors.push(e));
    const result = await scans.scan(document, options);
    expect(errors).toHaveLength(1);
    expect(result.kind).toBe('loan');
    expect(scans.rule('broken.rule')).toBeUndefined();
  });
});
