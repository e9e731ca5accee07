// The docs a newcomer starts from must point at files that exist. Every relative Markdown link in
// the README and docs/ resolves; and in the README and the current-state docs (0001, the
// performance figures, what we tried), every repository path written in backticks exists.
// Older decision records keep the paths of their day and are only held to their links.
// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Relative link targets of `[text](target)` and `![alt](target)`, without anchors. */
function linkTargets(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = (m[1] as string).split('#')[0] as string;
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // anchors only, http:, mailto:
    out.push(target);
  }
  return out;
}

const REPO_DIRS = ['src', 'test', 'docs', 'rules', 'scripts', 'entrypoints', 'locales', 'public'];

/** Paths in backticks that start at a repository folder: `src/core/scan.ts`, `docs/`. Placeholders and globs are skipped. */
function backtickedPaths(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/`([^`\s]+)`/g)) {
    const path = m[1] as string;
    if (!REPO_DIRS.some((d) => path === d || path.startsWith(`${d}/`))) continue;
    if (/[<>*{}$]|NN/.test(path)) continue;
    out.push(path.replace(/[.,:;]+$/, ''));
  }
  return out;
}

const docs = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];
const currentStateDocs = [
  'README.md',
  'docs/decisions/0001-architecture.md',
  'docs/decisions/what-we-tried.md',
  'docs/performance.md',
].map((p) => join(ROOT, p));

describe('links in the README and docs/', () => {
  it('finds links and paths to check (the extractors work)', () => {
    expect(linkTargets('see [a](docs/x.md#part), [b](https://e.org), [c](#here), ![d](../y.png)')).toEqual([
      'docs/x.md',
      '../y.png',
    ]);
    expect(backtickedPaths('`src/core/scan.ts`, `docs/`, `facts/<domain>/`, `test/unit/*.test.ts`, `npm test`')).toEqual([
      'src/core/scan.ts',
      'docs/',
    ]);
  });

  for (const file of docs) {
    const name = relative(ROOT, file);
    it(`${name}: every relative link resolves`, () => {
      const text = readFileSync(file, 'utf8');
      const broken = linkTargets(text).filter((target) => !existsSync(join(dirname(file), decodeURI(target))));
      expect(broken).toEqual([]);
    });
  }

  for (const file of currentStateDocs) {
    const name = relative(ROOT, file);
    it(`${name}: every repository path in backticks exists`, () => {
      const text = readFileSync(file, 'utf8');
      const missing = backtickedPaths(text).filter((path) => !existsSync(join(ROOT, path)));
      expect(missing).toEqual([]);
    });
  }
});
