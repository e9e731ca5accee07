// `npm run demo` on a machine without a display (no $DISPLAY / $WAYLAND_DISPLAY), with CI unset:
// it says so, runs headless by itself (Chromium with --lang=zh-CN), and writes its screenshots
// and findings table to demo-output/. scripts/ensure-browsers.sh asks for chromium-l10n.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/built-extension';

describe('npm run demo without a display', () => {
  it('runs headless by itself, says so, and writes screenshots to demo-output/', { timeout: 300_000 }, () => {
    const started = Date.now();
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    delete env.CI;
    const run = spawnSync('npx', ['tsx', 'scripts/demo.ts'], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 280_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('No display');
    expect(run.stdout).toContain('running the headless demo');
    const out = join(PROJECT_ROOT, 'demo-output');
    const fresh = readdirSync(out).filter((f) => f.endsWith('.png') && statSync(join(out, f)).mtimeMs >= started);
    expect(fresh.length).toBeGreaterThan(5);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/loan-/);
  });

  it('starts Chromium in Chinese and installs its Chinese strings', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'test/e2e/harness/chromium-session.ts'), 'utf8')).toContain("'--lang=zh-CN'");
    expect(readFileSync(join(PROJECT_ROOT, 'scripts/ensure-browsers.sh'), 'utf8')).toContain('chromium-l10n');
    expect(readFileSync(join(PROJECT_ROOT, '.ci/run'), 'utf8')).toContain('chromium-l10n');
    expect(existsSync('/usr/lib/chromium/locales/zh-CN.pak'), 'chromium-l10n installed here').toBe(true);
  });
});
