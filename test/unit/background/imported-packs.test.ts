// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { ImportedPackStore } from '../../../src/extension/background/imported-packs';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { familyPack } from './family-pack';

const loaded = readPacks(bundledPackFiles());
const bundled = loaded.packs.map((p) => ({ file: basename(p.file), pack: p.pack }));

let packs: ImportedPackStore;
beforeEach(() => {
  packs = new ImportedPackStore(new MemoryStore(), bundled, () => Date.UTC(2026, 0, 1));
});

describe('rule-pack import', () => {
  it('the bundled packs load without problems (the import checks against them)', () => {
    expect(loaded.problems).toEqual([]);
    expect(bundled.length).toBeGreaterThan(0);
  });

  it('a valid pack is stored and offered to content scripts', async () => {
    const result = await packs.import(JSON.stringify(familyPack()), 'C:\\Users\\me\\family.json');
    expect(result).toMatchObject({ ok: true, pack: { id: 'family-extra', rules: 1, fileName: 'family.json' } });
    expect((await packs.packs()).map((p) => p.pack.id)).toEqual(['family-extra']);
  });

  it('an invalid pack names file, rule id and JSON path, and the current packs stay', async () => {
    await packs.import(JSON.stringify(familyPack()), 'family.json');
    const broken = familyPack({ id: 'family-second' });
    (broken.rules as Array<Record<string, unknown>>)[0] = {
      ...(broken.rules as Array<Record<string, unknown>>)[0],
      id: 'family.second.rule',
      severity: 'apocalyptic',
    };
    const result = await packs.import(JSON.stringify(broken), 'second.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'second.json', ruleId: 'family.second.rule', path: '$.rules[0].severity' });
    expect((await packs.packs()).map((p) => p.pack.id)).toEqual(['family-extra']);
  });

  it('not JSON, an unknown lexicon, a clash with a bundled rule id or pack id are all refused', async () => {
    const notJson = await packs.import('{"id": ', 'x.json');
    expect(!notJson.ok && notJson.problems[0]?.message).toMatch(/not valid JSON/);

    const unknownLexicon = familyPack();
    (unknownLexicon.rules as Array<{ conditions: unknown }>)[0]!.conditions = {
      all: [{ fact: 'lexicon', params: { lexicon: 'family.nothing' }, operator: 'greaterThan', value: 0 }],
    };
    const r1 = await packs.import(JSON.stringify(unknownLexicon), 'u.json');
    expect(!r1.ok && r1.problems[0]).toMatchObject({
      path: '$.rules[0].conditions.all[0].params.lexicon',
      message: 'unknown lexicon "family.nothing"',
    });

    const bundledRule = bundled[0]!.pack.rules[0]!;
    const clash = familyPack({ rules: [{ ...(familyPack().rules as object[])[0], id: bundledRule.id }] });
    const r2 = await packs.import(JSON.stringify(clash), 'clash.json');
    expect(!r2.ok && r2.problems[0]?.message).toMatch(/rule id also used in/);

    const sameId = await packs.import(JSON.stringify(familyPack({ id: bundled[0]!.pack.id })), 'same.json');
    expect(!sameId.ok && sameId.problems[0]).toMatchObject({ path: '$.id' });
    expect(await packs.packs()).toEqual([]);
  });

  it('a pack naming an unknown fact, operator or param is refused at import, naming rule and field, and the packs in use stay', async () => {
    await packs.import(JSON.stringify(familyPack()), 'family.json');
    const bad = familyPack({ id: 'family-second' });
    const rule = (bad.rules as Array<Record<string, unknown>>)[0]!;
    rule.id = 'family.second.rule';
    rule.conditions = {
      all: [{ fact: 'lexicn', params: { lexicon: 'family.healthProducts' }, operator: 'greaterThanInclusive', value: 1 }],
    };
    const r1 = await packs.import(JSON.stringify(bad), 'second.json');
    expect(!r1.ok && r1.problems).toEqual([
      {
        file: 'second.json',
        ruleId: 'family.second.rule',
        path: '$.rules[0].conditions.all[0].fact',
        message: '"lexicn" is not a known fact (did you mean "lexicon"?)',
      },
    ]);
    rule.conditions = {
      all: [{ fact: 'lexicon', params: { lexicon: 'family.healthProducts', window: 3 }, operator: 'atLeast', value: 1 }],
    };
    const r2 = await packs.import(JSON.stringify(bad), 'second.json');
    expect(!r2.ok && r2.problems.map((p) => p.path)).toEqual([
      '$.rules[0].conditions.all[0].operator',
      '$.rules[0].conditions.all[0].params.window',
    ]);
    expect((await packs.packs()).map((p) => p.pack.id)).toEqual(['family-extra']);
  });

  it('a pattern that could run in super-linear time is refused', async () => {
    const slow = familyPack({ lexicons: { 'family.healthProducts': { phrases: ['神药'], patterns: ['(?:a+)+b'] } } });
    const result = await packs.import(JSON.stringify(slow), 'slow.json');
    expect(!result.ok && result.problems[0]?.path).toBe('$.lexicons["family.healthProducts"].patterns[0]');
  });

  it('re-importing the same pack id replaces it; remove takes it out', async () => {
    await packs.import(JSON.stringify(familyPack()), 'family.json');
    await packs.import(JSON.stringify(familyPack({ version: '1.1.0' })), 'family-v2.json');
    expect((await packs.summaries()).map((p) => [p.id, p.version])).toEqual([['family-extra', '1.1.0']]);
    expect(await packs.remove('family-extra')).toBe(true);
    expect(await packs.remove('family-extra')).toBe(false);
    expect(await packs.packs()).toEqual([]);
  });
});
