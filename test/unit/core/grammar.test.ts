// Pack grammar: the words fact extractors build their expressions from (rules/*.json "grammar").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GrammarReader, compiledGrammar, mergeGrammars } from '../../../src/core/match/grammar';
import { validatePack } from '../../../src/core/packs/load-packs';
import { GRAMMAR } from '../bundled-grammar';

const CORE = join(import.meta.dirname, '../../../src/core');
const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('GrammarReader', () => {
  const reader = new GrammarReader(
    mergeGrammars([
      {
        'x.words': { phrases: ['借', '借款金额', 'a.b'], patterns: ['每期(?:应)?还'] },
        'x.values': { values: { 万: 10000, 千: 1000 } },
      },
      { 'x.words': { phrases: ['贷款'] } },
    ]),
  );

  it('joins phrases longest first, escaped, then patterns, and merges packs', () => {
    expect(reader.source('x.words')).toBe('(?:借款金额|a\\.b|贷款|借|每期(?:应)?还)');
    expect(new RegExp(reader.source('x.words')).exec('借款金额 10000')?.[0]).toBe('借款金额');
    expect(new RegExp(reader.source('x.words')).test('axb')).toBe(false);
  });

  it('reads values and single characters for classes', () => {
    expect([...reader.values('x.values')]).toEqual([
      ['万', 10000],
      ['千', 1000],
    ]);
    expect(reader.chars('x.values')).toBe('万千');
  });

  it('reads an absent entry as one that never matches', () => {
    expect(new RegExp(reader.source('no.such')).test('')).toBe(false);
    expect(reader.values('no.such').size).toBe(0);
    expect(reader.chars('no.such')).toBe('');
  });

  it('builds once per grammar and builder', () => {
    let builds = 0;
    const build = () => ({ n: ++builds });
    const grammar = mergeGrammars([{ a: { phrases: ['x'] } }]);
    expect(compiledGrammar(grammar, build)).toBe(compiledGrammar(grammar, build));
    expect(builds).toBe(1);
    compiledGrammar(mergeGrammars([]), build);
    expect(builds).toBe(2);
  });
});

describe('pack grammar', () => {
  it('checks grammar patterns like lexicon patterns', () => {
    const pack = {
      id: 'p',
      version: '1',
      title: { zh: '包', en: 'pack' },
      rules: [],
      grammar: { 'x.bad': { patterns: ['(a+)+$'] } },
    };
    const load = validatePack(pack, 'p.json');
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.problems[0]?.message).toMatch(/grammar "x\.bad"/);
  });

  it('refuses an empty entry', () => {
    const pack = { id: 'p', version: '1', title: { zh: '包', en: 'pack' }, rules: [], grammar: { 'x.empty': {} } };
    expect(validatePack(pack, 'p.json').ok).toBe(false);
  });

  it('defines every entry the extractors read', () => {
    const names = new Set<string>(['loan.rate.label.annual', 'loan.rate.label.daily', 'loan.rate.label.monthly']);
    for (const file of tsFiles(CORE)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:g|reader)\.(?:source|values|chars|phrases)\('([^']+)'\)/g))
        names.add(m[1]!);
    }
    expect(names.size).toBeGreaterThan(40);
    expect([...names].filter((name) => !(name in GRAMMAR))).toEqual([]);
  });
});
