// Vocabulary is pack data (issue 16): words the detection looks for belong in rules/*.json, where
// adding a synonym is a one-line JSON edit with an example. This test reads every string,
// template and regular-expression literal in src/core (comments do not count) and fails when one
// holds Chinese text in a file, or in a number, beyond the recorded baseline. The baseline is a
// ratchet: code that still holds its vocabulary is listed with its count, a new literal fails,
// and moving vocabulary into the packs must lower the count here (a count above what is found
// fails too, so the list only shrinks).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const CJK = /[\u3400-\u9fff]/;

/** Files of src/core that still hold Chinese literals, and how many (to be moved into packs). */
const BASELINE: Record<string, number> = JSON.parse(readFileSync(join(import.meta.dirname, 'vocabulary-literals.baseline.json'), 'utf8'));

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
    expect(chineseLiterals("// 免息\nconst a = '免息'; const r = /日息/; const t = `借${1}款`;")).toEqual(["'免息'", '/日息/', '`借${', '}款`']);
    expect(chineseLiterals('/* 砍头息 */ const b = "plain";')).toEqual([]);
  });

  const found = new Map<string, number>();
  for (const file of tsFiles(join(root, 'src/core'))) {
    const n = chineseLiterals(readFileSync(file, 'utf8')).length;
    if (n) found.set(relative(root, file), n);
  }

  it('no file holds more Chinese literals than its baseline, and no new file holds any', () => {
    const over = [...found].filter(([file, n]) => n > (BASELINE[file] ?? 0)).map(([file, n]) => `${file}: ${n} (baseline ${BASELINE[file] ?? 0})`);
    expect(over, 'move the words into a pack lexicon (rules/*.json) and read them through the fact context').toEqual([]);
  });

  it('the baseline only shrinks: lower it when vocabulary moves into the packs', () => {
    const stale = Object.entries(BASELINE).filter(([file, n]) => (found.get(file) ?? 0) < n).map(([file, n]) => `${file}: baseline ${n}, found ${found.get(file) ?? 0}`);
    expect(stale).toEqual([]);
  });
});
