// `npm run screenshots`: regenerate docs/screenshots/ from the real extension in Chromium: the
// page banner and a popover on a risky loan page, the popup, the options page and the welcome
// page (when the build has one), at a phone's width (390 px) and a desktop's (1280 px), in the
// elder and the standard profile. Files: <what>-<profile>-<width>.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../test/e2e/harness/built-extension';
import { startChromium, type ChromiumSession } from '../test/e2e/harness/chromium-session';
import { riskyFixtures } from '../test/e2e/harness/sample-pages';
import { waitUntil } from '../test/e2e/harness/wait-until';
import { viewUi } from '../test/e2e/chromium/ui-probe';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'docs/screenshots');
export const WIDTHS = [390, 1280] as const;
export const PROFILES = ['elder', 'standard'] as const;
const HEIGHT: Record<(typeof WIDTHS)[number], number> = { 390: 844, 1280: 800 };
/** Extension pages that may exist in a build; the welcome page comes with the family set-up. */
const WELCOME_PAGES = ['welcome.html', 'onboarding.html'];

const samplePath = () =>
  riskyFixtures().find((p) => p.name === 'loan-advance-fee-hidden-lures')?.path ??
  riskyFixtures().find((p) => p.expect.kind === 'loan')!.path;

/** Takes every screenshot into `outDir`; returns the file names written. */
export async function takeScreenshots(s: ChromiumSession, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const shot = async (
    page: { screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown> },
    name: string,
    fullPage = false,
  ) => {
    await page.screenshot({ path: join(outDir, name), fullPage });
    written.push(name);
  };
  const welcome = WELCOME_PAGES.find((p) => existsSync(join(s.extension.dir, p)));
  for (const profile of PROFILES) {
    const reply = await s.updateSettings({ sensitivity: profile });
    if (!reply.ok) throw new Error(`could not set the ${profile} profile: ${JSON.stringify(reply)}`);
    for (const width of WIDTHS) {
      const size = { width, height: HEIGHT[width] };
      const suffix = `${profile}-${width}.png`;
      const page = await s.open(samplePath());
      await page.setViewportSize(size);
      await page.reload();
      const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
      const tabId = await s.tabIdOf(page);
      const ui = await viewUi(page);
      try {
        const markers = await ui.markers();
        await page.evaluate(() => window.scrollTo(0, 0));
        await waitUntil(async () => (await ui.read()).hosts.some((h) => h.tag === 'mingbai-page-banner'), { what: 'the banner' });
        await page.waitForTimeout(300);
        await shot(page, `banner-${suffix}`);
        await ui.openPopover(await ui.clickableMarker(markers));
        await page.waitForTimeout(300);
        await shot(page, `popover-${suffix}`);
      } finally {
        await ui.close();
      }

      const popup = await s.openPopup(tabId);
      await popup.setViewportSize({ width: Math.min(width, 420), height: HEIGHT[width] });
      await waitUntil(
        async () =>
          (await popup.locator('#groups li').count()) === ((await s.findings(tabId))?.findings.length ?? tab.findings.length),
        { what: 'the popup list' },
      );
      await shot(popup, `popup-${suffix}`, true);
      await popup.close();
      await page.close();

      const options = await s.openOptions();
      await options.setViewportSize(size);
      await options.getByRole('radio').first().waitFor();
      await shot(options, `options-${suffix}`, true);
      await options.close();

      if (welcome) {
        const page = await s.context.newPage();
        await page.setViewportSize(size);
        await page.goto(s.extensionUrl(welcome));
        await page.waitForLoadState('load');
        await shot(page, `welcome-${suffix}`, true);
        await page.close();
      }
    }
  }
  await s.updateSettings({ sensitivity: 'standard' });
  return written;
}

async function main(): Promise<void> {
  const s = await startChromium();
  try {
    const written = await takeScreenshots(s, SCREENSHOT_DIR);
    console.log(`${written.length} screenshots in ${SCREENSHOT_DIR}:\n  ${written.join('\n  ')}`);
    if (!written.some((n) => n.startsWith('welcome-'))) console.log('(no welcome page in this build: welcome-*.png skipped)');
  } finally {
    await s.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
