import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossCheckPacks, formatProblem, parseAndValidatePack, validatePack } from '../../../src/core/packs/load-packs';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';

const common = JSON.parse(readFileSync(join(import.meta.dirname, '../../../rules/common.json'), 'utf8'));
const clone = () => structuredClone(common);

describe('validatePack', () => {
  it('accepts the bundled common pack and fills defaults', () => {
    const r = validatePack(common, 'common.json');
    expect(r.ok).toBe(true);
  });

  it('names the file, the rule id and the JSON path of a bad field', () => {
    const bad = clone();
    bad.rules[0].risk = 'loan.not-a-code';
    const r = validatePack(bad, 'common.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({
      file: 'common.json',
      ruleId: 'common.prechecked-consent.commitment',
      path: '$.rules[0].risk',
    });
    expect(formatProblem(r.problems[0]!)).toMatch(
      /^common\.json: rule common\.prechecked-consent\.commitment at \$\.rules\[0\]\.risk: /,
    );
  });

  it('requires two examples of each kind, sources and both languages', () => {
    const bad = clone();
    bad.rules[0].examples.flag = ['<p>x</p>'];
    bad.rules[0].sources = [];
    delete bad.rules[0].message.en;
    const r = validatePack(bad, 'p.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.rules[0].examples.flag', '$.rules[0].sources', '$.rules[0].message.en']));
  });

  it('rejects patterns that are not linear-time, naming the lexicon path', () => {
    const bad = clone();
    bad.lexicons['common.reporting'].patterns = ['(?:\\d+)+元'];
    const r = validatePack(bad, 'common.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.path).toBe('$.lexicons["common.reporting"].patterns[0]');
    expect(r.problems[0]?.message).toMatch(/nested/);
  });

  it('reports duplicate rule ids and JSON syntax errors as problems, not exceptions', () => {
    const dup = clone();
    dup.rules.push(structuredClone(dup.rules[0]));
    const r = validatePack(dup, 'common.json');
    expect(r.ok || r.problems[0]?.message).toBe('duplicate rule id');
    const syntax = parseAndValidatePack('{"id": ', 'broken.json');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.problems[0]?.message).toMatch(/not valid JSON/);
    expect(validatePack(null, 'null.json').ok).toBe(false);
    expect(validatePack([], 'array.json').ok).toBe(false);
  });

  it('cross-checks lexicon references and rule ids across packs', () => {
    const a = validatePack(common, 'common.json');
    const bRaw = clone();
    bRaw.id = 'other';
    bRaw.lexicons = {};
    bRaw.classifier = [{ kind: 'loan', signals: 'loan.missing', minDistinct: 2 }];
    const b = validatePack(bRaw, 'other.json');
    if (!a.ok || !b.ok) throw new Error('setup');
    const problems = crossCheckPacks([
      { file: 'common.json', pack: a.pack },
      { file: 'other.json', pack: b.pack },
    ]);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['unknown lexicon "loan.missing"', 'rule id also used in common.json']),
    );
  });
});

describe('validatePack: facts, operators and params checked against the registered facts', () => {
  const loan = JSON.parse(readFileSync(join(import.meta.dirname, '../../../rules/loan.json'), 'utf8'));
  // loan.apr-not-shown.periodic-only: {all: [{any: [periodicRateShown, lexicon(loan.periodicCost)]}, aprShown = false]}
  const rejects = (change: (pack: typeof loan) => void) => {
    const pack = structuredClone(loan);
    change(pack);
    const r = validatePack(pack, 'loan.json');
    if (r.ok) throw new Error('the pack loaded');
    return r.problems.map(formatProblem);
  };
  const RULE = 'loan.json: rule loan.apr-not-shown.periodic-only at $.rules[0]';

  it('every bundled pack passes', () => {
    const { packs, problems } = readPacks(bundledPackFiles());
    expect(problems).toEqual([]);
    expect(packs.length).toBeGreaterThanOrEqual(4);
  });

  it('an unknown fact, naming the rule and the field, with the nearest known name', () => {
    expect(rejects((p) => (p.rules[0].conditions.all[1].fact = 'aprShwn'))).toEqual([
      `${RULE}.conditions.all[1].fact: "aprShwn" is not a known fact (did you mean "aprShown"?)`,
    ]);
    expect(rejects((p) => (p.rules[0].conditions.all[0].any[0].fact = 'zzz'))).toEqual([
      `${RULE}.conditions.all[0].any[0].fact: "zzz" is not a known fact`,
    ]);
  });

  it('an unknown operator', () => {
    expect(rejects((p) => (p.rules[0].conditions.all[1].operator = 'greaterThen'))).toEqual([
      expect.stringMatching(
        /^loan\.json: rule loan\.apr-not-shown\.periodic-only at \$\.rules\[0\]\.conditions\.all\[1\]\.operator: "greaterThen" is not an operator \(did you mean "greaterThan"\?\)/,
      ),
    ]);
  });

  it('a value that is not a number, string, boolean or list (such as a {fact} reference)', () => {
    expect(rejects((p) => (p.rules[0].conditions.all[1].value = { fact: 'maxStatedApr' }))).toEqual([
      `${RULE}.conditions.all[1].value: a value is a number, string, boolean or list of those, not object`,
    ]);
  });

  it('a JSONPath path, which the extension cannot run', () => {
    expect(rejects((p) => (p.rules[0].conditions.all[1].path = '$.rate'))).toEqual([
      expect.stringContaining(`${RULE}.conditions.all[1].path: "path" is not allowed`),
    ]);
  });

  it('params the fact does not take, of the wrong type, or missing', () => {
    expect(rejects((p) => (p.rules[0].conditions.all[0].any[1].params.lexcon = 'loan.periodicCost'))).toEqual([
      `${RULE}.conditions.all[0].any[1].params.lexcon: fact "lexicon" takes no param "lexcon" (did you mean "lexicon"?); it takes lexicon, exclude, near, distinct`,
    ]);
    expect(rejects((p) => (p.rules[0].conditions.all[1].params = { window: 2 }))).toEqual([
      `${RULE}.conditions.all[1].params.window: fact "aprShown" takes no param "window"; it takes no params`,
    ]);
    expect(rejects((p) => (p.rules[0].conditions.all[0].any[1].params.distinct = 'yes'))).toEqual([
      `${RULE}.conditions.all[0].any[1].params.distinct: param "distinct" of fact "lexicon" is a boolean, not string`,
    ]);
    expect(rejects((p) => (p.rules[0].conditions.all[0].any[1].params = {}))).toEqual([
      `${RULE}.conditions.all[0].any[1].params: fact "lexicon" needs params.lexicon`,
    ]);
  });

  it('evidenceFrom naming an unknown fact, or one the conditions never read', () => {
    expect(rejects((p) => (p.rules[0].evidenceFrom = ['lexicn']))).toEqual([
      `${RULE}.evidenceFrom[0]: "lexicn" is not a known fact (did you mean "lexicon"?)`,
    ]);
    expect(rejects((p) => (p.rules[0].evidenceFrom = ['computedApr']))).toEqual([
      `${RULE}.evidenceFrom[0]: "computedApr" is not read by this rule's conditions, so it has no evidence to show`,
    ]);
  });

  it('a fact the caller does not register is unknown (the check follows the registry it is given)', () => {
    const r = validatePack(loan, 'loan.json', new Set(['lexicon']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message)).toContain('"aprShown" is not a known fact');
  });
});

describe('crossCheckPacks: lexicons that fact params, defaults and vocabulary read', () => {
  const load = (name: string) => {
    const r = validatePack(JSON.parse(readFileSync(join(import.meta.dirname, `../../../rules/${name}`), 'utf8')), name);
    if (!r.ok) throw new Error('setup');
    return r.pack;
  };

  it('a lexicon param no pack defines, at its param, with the nearest defined name', () => {
    const pack = load('loan.json');
    (
      pack.rules[0]!.conditions as unknown as { all: [{ any: Array<{ params: Record<string, string> }> }] }
    ).all[0].any[1]!.params.lexicon = 'loan.periodicCosts';
    const problems = crossCheckPacks([
      { file: 'common.json', pack: load('common.json') },
      { file: 'loan.json', pack },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'loan.json: rule loan.apr-not-shown.periodic-only at $.rules[0].conditions.all[0].any[1].params.lexicon: unknown lexicon "loan.periodicCosts" (did you mean "loan.periodicCost"?)',
    ]);
  });

  it('a fact whose default lexicon or vocabulary no loaded pack defines', () => {
    const training = load('training-course.json');
    const food = load('food-delivery.json');
    expect(crossCheckPacks([{ file: 't.json', pack: training }])).toEqual([]);
    // countdownTimers without params reads its default deadline lexicon.
    const leaf = training.rules
      .flatMap((r) => (r.conditions as { all?: Array<{ fact?: string; params?: object }> }).all ?? [])
      .find((c) => c.fact === 'countdownTimers');
    delete leaf!.params;
    delete training.lexicons['training.deadlineWords'];
    const lines = crossCheckPacks([{ file: 't.json', pack: training }]).map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^t\.json: rule training\.[\w.-]+ at \$\.rules\[\d+\]\.conditions\.all\[0\]: fact "countdownTimers" \(its default deadline\) reads lexicon "training\.deadlineWords", which no loaded pack defines$/,
      ),
    );
    // The food facts read the licence labels (food.field.*): a pack may bring only some of them,
    // but with none, one line per condition names them all.
    const fieldNames = Object.keys(food.lexicons).filter((name) => name.startsWith('food.field.'));
    for (const name of fieldNames.slice(1)) delete food.lexicons[name];
    expect(crossCheckPacks([{ file: 'f.json', pack: food }])).toEqual([]);
    delete food.lexicons[fieldNames[0]!];
    const foodLines = crossCheckPacks([{ file: 'f.json', pack: food }]).map((p) => p.message);
    expect(foodLines.length).toBeGreaterThan(0);
    expect(foodLines[0]).toMatch(
      /^fact "\w+" \(its vocabulary\) reads lexicons "food\.field\.code", .*"food\.field\.otherLicenceTypes", and no loaded pack defines any of them$/,
    );
  });
});
