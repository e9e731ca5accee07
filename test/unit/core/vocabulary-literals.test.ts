// Vocabulary is pack data (issue 16): words the detection looks for belong in rules/*.json
// (lexicons, and the grammar extractors build their expressions from), where adding a synonym is
// a one-line JSON edit with an example. This test reads every string, template and
// regular-expression literal in src/core (comments do not count) and fails on any that holds
// Chinese text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const CJK = /[\u3400-\u9fff]/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function chineseLiterals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node)
    ) {
      if (CJK.test(node.getText(file))) found.push(node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('vocabulary lives in the packs, not in src/core', () => {
  it('finds literals but not comments', () => {
    expect(chineseLiterals("// 免息\nconst a = '免息'; const r = /日息/; const t = `借${1}款`;")).toEqual([
      "'免息'",
      '/日息/',
      '`借${',
      '}款`',
    ]);
    expect(chineseLiterals('/* 砍头息 */ const b = "plain";')).toEqual([]);
  });

  const found = new Map<string, number>();
  for (const file of tsFiles(join(root, 'src/core'))) {
    const n = chineseLiterals(readFileSync(file, 'utf8')).length;
    if (n) found.set(relative(root, file), n);
  }

  it('no file of src/core holds a Chinese literal', () => {
    expect(
      [...found].map(([file, n]) => `${file}: ${n}`),
      'move the words into a pack lexicon or grammar entry (rules/*.json)',
    ).toEqual([]);
  });

  it('reads the whole of src/core (every stage folder)', () => {
    const read = new Set(tsFiles(join(root, 'src/core')).map((f) => relative(join(root, 'src/core'), f).split('/')[0]));
    for (const stage of ['read', 'match', 'classify', 'facts', 'evaluate', 'report', 'packs', 'shared'])
      expect(read).toContain(stage);
  });
});
