// `npm run demo`: try Mingbai on the bundled sample pages.
//
//   npm run demo                      Chromium with the extension, showing an index of the pages
//   npm run demo -- --firefox         the same in Firefox ESR (temporary add-on)
//   npm run demo -- --headless        no window: visit every page, open the first warning, write
//                                     screenshots + a findings table to demo-output/
//   options: --profile=elder|standard|relaxed (headless; default elder, which shows everything)
//
// Pages are served on 127.0.0.1 only. Without a display (no $DISPLAY / $WAYLAND_DISPLAY) the
// demo runs headless by itself, in CI or not, and says so. Chromium starts in Chinese
// (--lang=zh-CN and a zh_CN environment; Debian's chromium-l10n holds its Chinese strings).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingBuildError, PROJECT_ROOT, findBuild, findCompleteBuild, type Target } from '../test/e2e/harness/built-extension';
import { startPageServer, type PageServer } from '../test/e2e/harness/page-server';
import { fixturePages } from '../test/e2e/harness/sample-pages';
import { runHeadlessDemo } from '../demo/headless-demo';
import { startChromium } from '../test/e2e/harness/chromium-session';
import { startFirefox } from '../test/e2e/harness/firefox-session';

type Profile = 'elder' | 'standard' | 'relaxed';

interface DemoArgs {
  firefox: boolean;
  headless: boolean;
  profile: Profile;
  help: boolean;
}

function parseArgs(argv: string[]): DemoArgs {
  const args: DemoArgs = { firefox: false, headless: false, profile: 'elder', help: false };
  for (const a of argv) {
    if (a === '--firefox') args.firefox = true;
    else if (a === '--headless') args.headless = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a.startsWith('--profile=') && ['elder', 'standard', 'relaxed'].includes(a.slice(10)))
      args.profile = a.slice(10) as Profile;
    else throw new Error(`Unknown option: ${a}. Try: npm run demo -- --help`);
  }
  return args;
}

const HELP = `明白 Mingbai demo
  npm run demo                 open Chromium with the extension and the sample pages
  npm run demo -- --firefox    the same in Firefox ESR
  npm run demo -- --headless   no window: screenshots and a findings table in demo-output/
  --profile=elder|standard|relaxed   profile for --headless (default: elder)`;

/** The demo builds the extension itself when there is no build yet. */
function ensureBuild(target: Target): void {
  try {
    findCompleteBuild(target); // waits a little if another build is rewriting .output right now
    return;
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
  }
  console.log(
    `No ${target} build in .output/ yet: building it now (npx wxt build${target === 'firefox' ? ' -b firefox' : ''}) …`,
  );
  const result = spawnSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The build failed. Fix it, or run `npm run build` and try again.');
  findBuild(target);
}

/** Resolves on Ctrl+C or a termination signal, so the browser and temp dirs are cleaned up. */
const stopRequested = () =>
  new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });

async function runHeaded(args: DemoArgs, server: PageServer): Promise<void> {
  const index = server.url('/');
  console.log(`Sample pages: ${index}  (${fixturePages().length} pages)`);
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  if (args.firefox) {
    const session = await startFirefox({ headless: false, server });
    const page = await session.browser.newPage();
    await page.goto(index);
    await Promise.race([new Promise<void>((resolve) => session.browser.once('disconnected', () => resolve())), stopRequested()]);
    await session.close();
  } else {
    const session = await startChromium({ headless: false, server });
    const page = await session.context.newPage();
    await page.goto(index);
    await page.bringToFront();
    await Promise.race([new Promise<void>((resolve) => session.context.once('close', () => resolve())), stopRequested()]);
    await session.close();
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!args.headless && !hasDisplay) {
    console.log('No display ($DISPLAY and $WAYLAND_DISPLAY are not set): running the headless demo instead, which writes');
    console.log('screenshots and a findings table to demo-output/. For a browser window: xvfb-run -a npm run demo');
    args.headless = true;
  }
  const target: Target = args.firefox ? 'firefox' : 'chrome';
  ensureBuild(target);
  const server = await startPageServer();
  try {
    if (args.headless) {
      const outDir = join(PROJECT_ROOT, 'demo-output');
      mkdirSync(outDir, { recursive: true });
      const report = await runHeadlessDemo({
        server,
        outDir,
        browser: args.firefox ? 'firefox' : 'chromium',
        profile: args.profile,
      });
      writeFileSync(join(outDir, 'summary.md'), report.markdown);
      console.log(report.text);
      console.log(`\nScreenshots and summary.md are in ${outDir}`);
      return 0;
    }
    await runHeaded(args, server);
    return 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
