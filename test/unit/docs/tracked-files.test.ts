// Generated output stays out of git: no tracked file is one that .gitignore covers (demo
// screenshots, bench results, builds). Two generated things are tracked on purpose and are not
// ignored: rules/pack.schema.json (for editors, rewritten by every build) and docs/screenshots/
// (the README shows them; `npm run screenshots` rewrites them when the UI changes).
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const inRepo = git('rev-parse', '--is-inside-work-tree')?.trim() === 'true';

describe.skipIf(!inRepo)('tracked files', () => {
  it('tracks nothing that .gitignore covers', () => {
    const ignoredButTracked = (git('ls-files', '--cached', '--ignored', '--exclude-standard') ?? '').split('\n').filter(Boolean);
    expect(ignoredButTracked).toEqual([]);
  });

  it('would see a tracked file that .gitignore covers (the check itself works)', () => {
    // demo-output/ is ignored: a path under it counts as ignored for git check-ignore.
    expect(git('check-ignore', '--no-index', 'demo-output/summary.md')?.trim()).toBe('demo-output/summary.md');
  });
});
