import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossCheckPacks, formatProblem, parseAndValidatePack, validatePack } from '../../../src/core/packs/load-packs';

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
    expect(r.problems[0]).toMatchObject({ file: 'common.json', ruleId: 'common.prechecked-consent.commitment', path: '$.rules[0].risk' });
    expect(formatProblem(r.problems[0]!)).toMatch(/^common\.json: rule common\.prechecked-consent\.commitment at \$\.rules\[0\]\.risk: /);
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
