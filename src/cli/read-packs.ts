// Loads rule packs from disk for the CLI and the tests: every pack validated, then all of them
// cross-checked. Problems come back as values with file, rule id and JSON path.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossCheckPacks, parseAndValidatePack, type PackProblem } from '../core/packs/load-packs';
import type { Pack } from '../core/packs/pack-schema';

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

/** How a pack file is named in messages: relative to the working directory when inside it. */
export function packLabel(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** The keyword that stands for the bundled packs in `--rules` and `rules check`. */
export const BUNDLED_PACKS = 'bundled';

/**
 * Command-line pack arguments → pack files. Each argument is a pack file, a directory of packs
 * (its *.json files, not the schema), or the word "bundled". Missing files are kept, so that
 * readPacks reports them with their name.
 */
export function resolvePackFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === BUNDLED_PACKS && !existsSync(arg)) files.push(...bundledPackFiles());
    else if (existsSync(arg) && statSync(arg).isDirectory()) files.push(...bundledPackFiles(arg));
    else files.push(arg);
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(resolve(f)) && Boolean(seen.add(resolve(f))));
}

export function readPacks(files: readonly string[]): LoadedPacks {
  const packs: LoadedPacks['packs'] = [];
  const problems: PackProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({
        file: packLabel(file),
        path: '$',
        message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      });
      continue;
    }
    const loaded = parseAndValidatePack(text, packLabel(file));
    if (loaded.ok) packs.push({ file, pack: loaded.pack });
    else problems.push(...loaded.problems);
  }
  if (!problems.length) problems.push(...crossCheckPacks(packs.map((p) => ({ file: packLabel(p.file), pack: p.pack }))));
  return { packs, problems };
}
