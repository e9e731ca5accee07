// @vitest-environment node
// What every match of a pattern holds: the quick read skips compiling a title or address pattern
// for a text without it, so a character named here that a match could lack would hide a page kind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../../../src/cli/read-packs';
import { patternNeeds } from '../../../src/core/packs/pattern-needs';

describe('patternNeeds', () => {
  it('names a character that every alternative holds, and none that only some hold', () => {
    expect(patternNeeds('[（\\(][^（\\(\\)）]{1,10}(?:店|分店)[）\\)]')).toEqual(['店']);
    expect(patternNeeds('外卖|美团')).toEqual([]);
    expect(patternNeeds('a(?:b|cb)d?')).toEqual(['a', 'b']);
  });

  it('leaves out optional parts and classes of more than one character', () => {
    expect(patternNeeds('(?:店){0,1}x')).toEqual(['x']);
    expect(patternNeeds('免[息费]')).toEqual(['免']);
    expect(patternNeeds('[店]铺')).toEqual(['店', '铺']);
    expect(patternNeeds('\\d+?')).toEqual([]);
  });

  it('reads whole characters, astral ones included', () => {
    expect(patternNeeds('😀福利')).toEqual(['😀', '福', '利']);
  });

  it('names nothing for a pattern it cannot lay out, so that pattern is always compiled', () => {
    expect(patternNeeds('店(?=铺)')).toEqual([]);
    expect(patternNeeds('\\p{Script=Han}店')).toEqual([]);
    expect(patternNeeds('(')).toEqual([]);
  });

  it('holds for every match of every bundled pattern in the packs’ own example pages', () => {
    const packs = bundledPackFiles().map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
    // Every page any rule of any pack gives as an example, flagged or passed.
    const pages = JSON.stringify(packs.map((pack) => (pack.rules as Array<{ examples?: unknown }>).map((r) => r.examples)));
    let matches = 0;
    for (const pack of packs)
      for (const spec of Object.values(pack.lexicons as Record<string, { patterns?: string[] }>))
        for (const source of spec.patterns ?? []) {
          const needs = patternNeeds(source);
          for (const match of pages.matchAll(new RegExp(source, 'gu'))) {
            matches++;
            for (const c of needs) expect(match[0], source).toContain(c);
          }
        }
    expect(matches).toBeGreaterThan(50);
  });
});
