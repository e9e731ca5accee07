// The headless half of `npm run demo`: visit every sample page with the extension, wait for its
// scan, open the first warning's popover, screenshot it, and tabulate what was found against
// what the page's .expect.json says (its risks are the elder profile's).
import { join } from 'node:path';
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type { TabFindings } from '../src/extension/protocol';
import { startChromium } from '../test/e2e/harness/chromium-session';
import { startFirefox } from '../test/e2e/harness/firefox-session';
import type { PageServer } from '../test/e2e/harness/page-server';
import { fixturePages, type SamplePage } from '../test/e2e/harness/sample-pages';
import { viewUi } from '../test/e2e/chromium/ui-probe';
import { riskSet } from '../test/e2e/harness/mingbai-text';

export interface HeadlessDemoOptions {
  server: PageServer;
  outDir: string;
  browser: 'chromium' | 'firefox';
  profile: 'elder' | 'standard' | 'relaxed';
}

interface Row {
  page: SamplePage;
  kind: string;
  found: string[];
  popover: boolean;
  note?: string;
}

/** The same calls on both browsers' sessions. */
interface DemoDriver {
  setProfile(profile: HeadlessDemoOptions['profile']): Promise<void>;
  visit(page: SamplePage, expectedRisks: string[], shot: string): Promise<{ tab: TabFindings; popover: boolean }>;
  close(): Promise<void>;
}

const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

async function chromiumDriver(server: PageServer): Promise<DemoDriver> {
  const s = await startChromium({ server });
  return {
    async setProfile(profile) {
      const reply = await s.updateSettings({ sensitivity: profile });
      if (!reply.ok) throw new Error(`could not set the ${profile} profile: ${JSON.stringify(reply)}`);
    },
    async visit(sample, expected, shot) {
      if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
      const page: ChromiumPage = await s.open(sample.path);
      try {
        const tabId = await s.tabIdOf(page);
        const tab = await s
          .waitForScan(page, (t) => sameSet(riskSet(t.findings), expected), 10_000)
          .catch(() => s.findings(tabId));
        let popover = false;
        if (tab && tab.findings.length > 0) {
          const ui = await viewUi(page);
          try {
            const marker = await ui.clickableMarker(await ui.markers(1, 10_000));
            await ui.openPopover(marker);
            popover = true;
          } catch {
            /* the screenshot still shows what there is; the table says no popover */
          } finally {
            await ui.close();
          }
        }
        await page.screenshot({ path: shot });
        return { tab, popover };
      } finally {
        await page.close();
      }
    },
    close: () => s.close(),
  };
}

async function firefoxDriver(server: PageServer): Promise<DemoDriver> {
  const s = await startFirefox({ server });
  return {
    async setProfile(profile) {
      const reply = await s.send<{ ok: boolean }>({ type: 'mingbai/updateSettings', patch: { sensitivity: profile } });
      if (!reply.ok) throw new Error(`could not set the ${profile} profile: ${JSON.stringify(reply)}`);
    },
    async visit(sample, expected, shot) {
      if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
      const page: FirefoxPage = await s.open(sample.path);
      try {
        const tabId = await s.tabIdOf(page);
        const tab = await s
          .waitForScan(page, (t) => sameSet(riskSet(t.findings), expected), 10_000)
          .catch(() => s.findings(tabId));
        let popover = false;
        if (tab && tab.findings.length > 0) {
          // The popover opens from the keyboard: Tab to the first marker, Enter.
          for (let i = 0; i < 80 && !popover; i++) {
            await page.keyboard.press('Tab');
            popover = await page.evaluate(() => document.activeElement?.hasAttribute('data-mingbai-ui') ?? false);
          }
          if (popover) await page.keyboard.press('Enter');
        }
        await page.screenshot({ path: shot });
        return { tab, popover };
      } finally {
        await page.close();
      }
    },
    close: () => s.close(),
  };
}

export async function runHeadlessDemo(options: HeadlessDemoOptions): Promise<{ markdown: string; text: string }> {
  const pages = fixturePages();
  if (pages.length === 0) throw new Error('No sample pages in test/fixtures/pages/.');
  const driver = options.browser === 'firefox' ? await firefoxDriver(options.server) : await chromiumDriver(options.server);
  const rows: Row[] = [];
  try {
    await driver.setProfile(options.profile);
    for (const page of pages) {
      const shot = join(options.outDir, `${page.name}.png`);
      try {
        const { tab, popover } = await driver.visit(page, options.profile === 'elder' ? page.expect.risks : [], shot);
        rows.push({
          page,
          kind: tab?.kind ?? '—',
          found: riskSet(tab?.findings ?? []),
          popover,
          ...(tab ? {} : { note: 'no scan report' }),
        });
      } catch (error) {
        rows.push({
          page,
          kind: '—',
          found: [],
          popover: false,
          note: error instanceof Error ? error.message.split('\n')[0] : String(error),
        });
      }
      const row = rows.at(-1)!;
      console.log(
        `  ${row.page.name}: ${row.found.length ? row.found.join(', ') : 'no warnings'}${row.note ? ` (${row.note})` : ''}`,
      );
    }
  } finally {
    await driver.close();
  }
  return render(rows, options);
}

function verdict(row: Row, profile: HeadlessDemoOptions['profile']): string {
  if (row.note) return '✗';
  const expected = row.page.expect.risks;
  // The .expect.json risks are the elder profile's; other profiles show a subset.
  const ok = profile === 'elder' ? sameSet(row.found, expected) : row.found.every((r) => expected.includes(r));
  return ok ? '✓' : '✗';
}

function render(rows: Row[], options: HeadlessDemoOptions): { markdown: string; text: string } {
  const lines = [
    `# 明白 Mingbai demo: findings per sample page`,
    '',
    `Browser: ${options.browser}, profile: ${options.profile}. Expected = the page's .expect.json (elder profile).`,
    '',
    '| page | kind | found | expected | match | screenshot |',
    '|---|---|---|---|---|---|',
    ...rows
      .map((r) =>
        [
          r.page.name,
          r.kind,
          r.found.join('<br>') || '—',
          r.page.expect.risks.join('<br>') || '—',
          verdict(r, options.profile) + (r.note ? ` ${r.note}` : ''),
          `[${r.page.name}.png](${r.page.name}.png)${r.popover ? ' (popover open)' : ''}`,
        ].join(' | '),
      )
      .map((l) => `| ${l} |`),
    '',
  ];
  const matched = rows.filter((r) => verdict(r, options.profile) === '✓').length;
  const text = [
    ...lines.slice(4, -1).map((l) => l.replace(/<br>/g, ', ')),
    '',
    `${matched}/${rows.length} pages as expected.`,
  ].join('\n');
  return { markdown: [...lines, `${matched}/${rows.length} pages as expected.`, ''].join('\n'), text };
}
