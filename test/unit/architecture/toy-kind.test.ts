// A page kind is one folder registered in one line (issue 19). The toy kind of
// test/fixtures/toy-kind/ (a module, its facts and its pack) is registered here exactly as a real
// kind is: one more entry in DOMAINS of src/core/facts/domains.ts. Nothing else changes, and
// every part of Mingbai that knows page kinds must know this one: the pack loader, the scan,
// the rule examples, the settings, the content script's filter, the options page and the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/core/facts/domains', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/facts/domains')>();
  const { petDomain } = await import('../../fixtures/toy-kind/domain');
  return { DOMAINS: [...real.DOMAINS, petDomain] };
});

import { parseHtml } from '../../../src/cli/parse-html';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import type { ScanOutcome } from '../../../src/cli/scan-outcome';
import { renderTextReport } from '../../../src/cli/text-report';
import { categorySwitches, domainProblems, kindNames, PAGE_KINDS, RISK_CODES } from '../../../src/core/facts/domain-catalog';
import { DOMAINS } from '../../../src/core/facts/domains';
import { checkPackExamples } from '../../../src/core/packs/check-examples';
import { crossCheckPacks, validatePack } from '../../../src/core/packs/load-packs';
import { scanDocument } from '../../../src/core/scan';
import { contentConfigFor } from '../../../src/extension/background/content-config';
import { defaultConfig, normaliseConfig } from '../../../src/extension/content/content-config';
import { filterFindings } from '../../../src/extension/content/finding-filter';
import { categoryBoxes } from '../../../src/extension/pages/options/settings-controls';
import { recoverSettings } from '../../../src/settings/recover-settings';
import { defaultSettings, SettingsPatchSchema } from '../../../src/settings/settings-schema';

const TOY = join(import.meta.dirname, '../../fixtures/toy-kind');
const toyLoad = validatePack(JSON.parse(readFileSync(join(TOY, 'pet-shop.json'), 'utf8')), 'pet-shop.json');
const bundled = readPacks(bundledPackFiles());

const page = (age: string) =>
  `<html><head><title>萌宠宠物店</title></head><body><h1>纯种幼犬出售</h1><p>柯基幼犬，${age}，已打疫苗，已驱虫，可视频看宠。</p><p>联系我们预约看狗。</p></body></html>`;

describe('a toy page kind registered in one line', () => {
  it('is in the registry, and the registry is sound', () => {
    expect(DOMAINS.map((d) => d.kind)).toContain('pet-shop');
    expect(domainProblems(DOMAINS)).toEqual([]);
    expect(PAGE_KINDS).toContain('pet-shop');
    expect(RISK_CODES).toContain('pet.too-young');
  });

  it('its pack validates against the registered kinds and risk codes, beside the bundled packs', () => {
    expect(toyLoad.ok ? [] : toyLoad.problems).toEqual([]);
    if (!toyLoad.ok) return;
    expect(crossCheckPacks([...bundled.packs, { file: 'pet-shop.json', pack: toyLoad.pack }])).toEqual([]);
  });

  it('a page of that kind is classified and flagged through scan()', async () => {
    if (!toyLoad.ok) throw new Error('toy pack invalid');
    const ruleset = compileRuleset([...bundled.packs.map((p) => p.pack), toyLoad.pack]);
    const url = 'https://pets.example/corgi';
    const young = await scanDocument(ruleset, parseHtml(page('6周龄'), url), { url });
    expect(young.kind).toBe('pet-shop');
    expect(young.findings.map((f) => f.risk)).toEqual(['pet.too-young']);
    expect(young.findings[0]!.evidence[0]!.text).toContain('6周龄');

    const older = await scanDocument(ruleset, parseHtml(page('12周龄'), url), { url });
    expect(older.kind).toBe('pet-shop');
    expect(older.findings).toEqual([]);

    // The other kinds are untouched: a loan page is still a loan page.
    const loan = await scanDocument(
      ruleset,
      parseHtml('<h1>极速借款</h1><p>额度最高20万，日息低至0.02%，当天放款，不看征信。</p>', url),
      { url },
    );
    expect(loan.kind).toBe('loan');
  });

  it('its rule examples pass as `mingbai rules check` runs them', async () => {
    if (!toyLoad.ok) throw new Error('toy pack invalid');
    const ruleset = compileRuleset([...bundled.packs.map((p) => p.pack), toyLoad.pack]);
    const outcomes = await checkPackExamples(ruleset, toyLoad.pack, parseHtml);
    expect(outcomes.length).toBe(4);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.detail)).toEqual([]);
  });

  it('the settings get its switch, on by default, and old stored settings keep every value', () => {
    expect(defaultSettings().categories.pet).toBe(true);
    // Saved before the kind existed: every value kept, the new switch on, nothing reported broken.
    const stored = {
      version: 3,
      sensitivity: 'elder',
      categories: { loan: false, food: true, training: false, common: true },
      trustedSites: ['bank.example'],
      pausedSites: ['shop.example'],
      textScale: 1.5,
      readAloud: true,
      pin: null,
      dismissed: { 'a.example': ['loan.advance-fee.deposit'] },
    };
    const { settings, problems } = recoverSettings(stored);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...stored, categories: { ...stored.categories, pet: true } });
    expect(SettingsPatchSchema.safeParse({ categories: { ...settings.categories, pet: false } }).success).toBe(true);
  });

  it("the content script's filter obeys its switch", async () => {
    if (!toyLoad.ok) throw new Error('toy pack invalid');
    const ruleset = compileRuleset([...bundled.packs.map((p) => p.pack), toyLoad.pack]);
    const { findings } = await scanDocument(ruleset, parseHtml(page('5周龄'), 'https://pets.example/'), {
      url: 'https://pets.example/',
    });
    // What the background sends the page, from the stored settings; and the page's own fallback.
    const config = contentConfigFor('https://pets.example/', defaultSettings(), { lang: 'zh', importedPacks: [] });
    expect(config.categories.pet).toBe(true);
    expect(filterFindings(findings, config)).toHaveLength(1);
    expect(filterFindings(findings, defaultConfig())).toHaveLength(1);
    const off = normaliseConfig({ ...config, categories: { ...config.categories, pet: false } }, 'zh');
    expect(filterFindings(findings, off)).toEqual([]);
  });

  it('the options page shows its switch and the CLI says its name', () => {
    const container = document.createElement('div');
    if (!toyLoad.ok) throw new Error('toy pack invalid');
    const packs = [...bundled.packs.map((p) => p.pack), toyLoad.pack];
    const boxes = categoryBoxes(container, categorySwitches(packs), 'zh');
    expect(boxes.map((b) => b.name)).toEqual(['loan', 'food', 'training', 'pet', 'common']);
    expect(container.textContent).toContain('网上宠物店（出售太小的幼崽）');
    const outcome = { version: '0', sensitivity: 'standard' as const, today: '2026-06-01', pages: [], skipped: [] };
    // A scanned page of the toy kind, as far as the text report reads it.
    const page = {
      scan: { file: 'corgi.html', url: 'https://pets.example/', result: { kind: 'pet-shop' } },
      findings: [],
    } as unknown as ScanOutcome['pages'][number];
    for (const lang of ['zh', 'en'] as const) {
      const report = renderTextReport(
        { ...outcome, lang, pages: [page], kindNames: kindNames(packs, lang) },
        { color: false, width: 100 },
      );
      expect(report).toContain(lang === 'zh' ? '网上宠物店' : 'Online pet shops');
    }
  });
});
