// The real domain registry (src/core/facts/domains.ts) and what derives from it: each domain is
// one folder with its pack in rules/, kinds and categories are never listed by hand elsewhere,
// and a broken registration is caught with a clear message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import type { DomainModule } from '../../../src/core/facts/domain-module';
import {
  CATEGORY_NAMES,
  categorySwitches,
  COMMON_CATEGORY,
  domainProblems,
  kindNames,
  PAGE_KINDS,
  RISK_CODES,
} from '../../../src/core/facts/domain-catalog';
import { DOMAINS } from '../../../src/core/facts/domains';
import { FACT_FAMILIES, factRegistry } from '../../../src/core/facts/index';
import { validatePack } from '../../../src/core/packs/load-packs';
import { defaultSettings } from '../../../src/settings/settings-schema';

const { packs } = readPacks(bundledPackFiles());
const ROOT = join(import.meta.dirname, '../../..');

describe('the domain registry', () => {
  it('is sound: ids, categories, risk-code prefixes, names and facts', () => {
    expect(domainProblems(DOMAINS)).toEqual([]);
    expect(() => factRegistry(FACT_FAMILIES)).not.toThrow();
  });

  it('registers each domain in one line of domains.ts', () => {
    const source = readFileSync(join(ROOT, 'src/core/facts/domains.ts'), 'utf8');
    const line = source.split('\n').find((l) => l.startsWith('export const DOMAINS'))!;
    for (const d of DOMAINS) expect(line).toMatch(new RegExp(`\\b${d.category}Domain\\b`));
  });

  it('gives each domain a bundled pack that classifies its kind and reports only its codes', () => {
    for (const d of DOMAINS) {
      const own = packs.filter(({ pack }) => pack.classifier.some((c) => c.kind === d.kind));
      expect(own.length, d.kind).toBe(1);
      const reported = new Set(own[0]!.pack.rules.map((r) => r.risk));
      expect(
        [...reported].filter((r) => !d.risks.includes(r)),
        d.kind,
      ).toEqual([]);
      // Every code of the domain has a rule (what `mingbai rules check` calls coverage).
      expect(
        d.risks.filter((r) => !reported.has(r)),
        d.kind,
      ).toEqual([]);
    }
  });

  it('derives page kinds, categories and risk codes from it, in order', () => {
    expect(PAGE_KINDS).toEqual([...DOMAINS.map((d) => d.kind), 'other']);
    expect(CATEGORY_NAMES).toEqual([...DOMAINS.map((d) => d.category), 'common']);
    expect(RISK_CODES).toEqual([...DOMAINS.flatMap((d) => d.risks), ...COMMON_CATEGORY.risks]);
    expect(Object.keys(defaultSettings().categories)).toEqual([...CATEGORY_NAMES]);
  });

  it("names every category and kind from exactly one bundled pack's `about`", () => {
    for (const category of CATEGORY_NAMES) {
      expect(packs.filter(({ pack }) => pack.about?.category === category).length, category).toBe(1);
    }
    const all = packs.map((p) => p.pack);
    expect(kindNames(all, 'zh')).toEqual({
      loan: '网络贷款',
      'food-delivery': '外卖和网上食品店',
      'training-course': '直播带货、赚钱培训课',
    });
    expect(categorySwitches(all).map((c) => c.label.zh)).toEqual([
      '网络贷款（利息太高、先交费、乱收费）',
      '外卖和网上食品店（没有许可证、证照不符）',
      '直播带货、赚钱培训课（保证收入、退费难）',
      '其他常见陷阱（例如替您默认勾选的同意框）',
    ]);
    // Without words from a pack, a switch still shows (by its id) rather than disappear.
    expect(categorySwitches([]).map((c) => c.label.en)).toEqual([...CATEGORY_NAMES]);
  });

  it('refuses a pack naming a kind or a risk code no domain registered', () => {
    const loan = packs.find(({ pack }) => pack.id === 'loan')!.pack;
    const rule = { ...loan.rules[0]! };
    const withKind = validatePack({ ...loan, rules: [{ ...rule, pageKinds: ['pet-shop'] }] }, 'x.json');
    expect(withKind.ok ? [] : withKind.problems.map((p) => p.path)).toEqual(['$.rules[0].pageKinds[0]']);
    const withRisk = validatePack({ ...loan, rules: [{ ...rule, risk: 'pet.too-young' }] }, 'x.json');
    expect(withRisk.ok ? [] : withRisk.problems.map((p) => p.path)).toEqual(['$.rules[0].risk']);
  });

  it('names what is wrong with a bad registration', () => {
    const loan = DOMAINS.find((d) => d.kind === 'loan')!;
    const copy = (over: Partial<DomainModule>): DomainModule => ({ ...loan, facts: {}, ...over });
    expect(domainProblems([loan, copy({ category: 'loan2', risks: ['loan2.x'] })])).toEqual([
      'loan: category "loan2" is not a lower-case word',
      'kind "loan" is registered twice (or is "other")',
    ]);
    expect(domainProblems([copy({ kind: 'other', category: 'x' })])).toContain(
      'kind "other" is registered twice (or is "other")',
    );
    expect(domainProblems([copy({ kind: 'pet', category: 'common', risks: ['common.x'] })])).toEqual([
      'pet: category "common" is used twice (or is "common")',
    ]);
    expect(domainProblems([copy({ kind: 'pet', category: 'pet', risks: ['loan.advance-fee'] })])).toEqual([
      'pet: risk code "loan.advance-fee" does not start with "pet."',
    ]);
    expect(domainProblems([loan, copy({ kind: 'pet', category: 'pet', risks: ['pet.x'], facts: loan.facts })])).toEqual(
      Object.keys(loan.facts).map((name) => `fact "${name}" is defined by loan and pet`),
    );
    expect(domainProblems([copy({ kind: 'Pet Shop', category: 'pet', risks: ['pet.x'] })])).toEqual([
      'kind "Pet Shop" is not a lower-case id',
    ]);
  });
});
