// The folders of src/core are the pipeline's stages (docs/decisions/0001-architecture.md), and
// imports only ever point back down the pipeline. This keeps them so.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

const SRC = resolve(__dirname, '../../../src');
const CORE = join(SRC, 'core');

/** The stages in pipeline order; a stage may import only from stages before it. */
const STAGES = ['shared', 'read', 'match', 'classify', 'facts', 'evaluate', 'report'] as const;
/** Beside the pipeline: scan.ts runs the stages; packs/ validates input and runs rule examples through scan. */
const AFTER_STAGES = ['scan.ts', 'packs'] as const;
const ORDER: readonly string[] = [...STAGES, ...AFTER_STAGES];

const stageOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

describe('src/core layout', () => {
  const graph = importGraph(CORE);

  it('has one folder per stage and nothing else but scan.ts', () => {
    const entries = readdirSync(CORE).sort();
    expect(entries).toEqual([...STAGES, 'packs', 'scan.ts'].sort());
    for (const stage of [...STAGES, 'packs']) expect(statSync(join(CORE, stage)).isDirectory()).toBe(true);
  });

  it('says what goes into and comes out of each stage', () => {
    for (const stage of [...STAGES, 'packs']) {
      const readme = join(CORE, stage, 'README.md');
      expect(existsSync(readme), readme).toBe(true);
      const text = readFileSync(readme, 'utf8');
      if (stage !== 'shared') expect(text, stage).toMatch(/In: [\s\S]*Out: /);
    }
  });

  it('imports only from earlier stages', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = ORDER.indexOf(stageOf(file));
        const to = ORDER.indexOf(stageOf(target));
        expect(from, file).toBeGreaterThanOrEqual(0);
        if (to > from) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('never reaches outside the core (no extension, UI, settings or CLI code)', () => {
    const outside = [...graph.entries()].flatMap(([file]) => {
      const text = readFileSync(join(CORE, file), 'utf8');
      return [...text.matchAll(/from\s*['"]((?:\.\.\/)+(?:extension|ui|settings|cli)\b[^'"]*)['"]/g)].map(
        (m) => `${file}: ${m[1]}`,
      );
    });
    expect(outside).toEqual([]);
  });
});

describe('import graph of src/', () => {
  it('has no cycles', () => {
    expect(importCycles(importGraph(SRC))).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('reads the real graph (scan.ts imports the read stage)', () => {
    expect(importGraph(CORE).get('scan.ts')).toContain('read/snapshot.ts');
  });
});
