// Command-line paths → the list of pages to scan. A file is scanned whatever its name (the
// content decides whether it is HTML); a directory contributes its *.html / *.htm files,
// recursively, without following symbolic links to directories (no loops) or entering hidden
// directories (.git).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

const PAGE_FILE = /\.html?$/i;

export type PathProblem = { path: string; problem: 'missing' | 'unreadable' | 'no-pages'; detail?: string };

export interface CollectedFiles {
  files: string[];
  problems: PathProblem[];
}

function walk(dir: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // An unreadable subdirectory holds nothing we can scan.
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) walk(path, out);
    } else if (PAGE_FILE.test(entry.name)) {
      if (entry.isFile()) out.push(path);
      else if (entry.isSymbolicLink()) {
        try {
          if (statSync(path).isFile()) out.push(path);
        } catch {
          // A dangling link: nothing to read.
        }
      }
    }
  }
}

export function collectFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', detail: code });
      continue;
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found);
    if (!found.length) problems.push({ path, problem: 'no-pages' });
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}
