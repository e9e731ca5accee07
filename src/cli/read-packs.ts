// Loads rule packs from disk for the CLI and the tests: every pack validated, then all of them
// cross-checked. Problems come back as values with file, rule id and JSON path.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossCheckPacks, parseAndValidatePack, type PackProblem } from '../core/rules/load-packs';
import type { Pack } from '../core/rules/pack-schema';

export interface LoadedPacks {
  packs: Array<{ file: string; pack: Pack }>;
  problems: PackProblem[];
}

/** rules/ of this package, found from the running file (src/cli or dist/cli). */
export function bundledRulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'common.json'))) return candidate;
    dir = dirname(dir);
  }
  return resolve('rules');
}

export function bundledPackFiles(dir = bundledRulesDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function readPacks(files: readonly string[]): LoadedPacks {
  const packs: LoadedPacks['packs'] = [];
  const problems: PackProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ file, path: '$', message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const loaded = parseAndValidatePack(text, basename(file));
    if (loaded.ok) packs.push({ file, pack: loaded.pack });
    else problems.push(...loaded.problems);
  }
  if (!problems.length) problems.push(...crossCheckPacks(packs.map((p) => ({ file: basename(p.file), pack: p.pack }))));
  return { packs, problems };
}
