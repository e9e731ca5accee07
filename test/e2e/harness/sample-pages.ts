// The bundled sample pages (test/fixtures/pages/*.html with their .expect.json) and the
// e2e-only pages (test/e2e/pages/*.html). The e2e tests and `npm run demo` serve both.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../../src/cli/decode-html';
import { PROJECT_ROOT } from './built-extension';

export const FIXTURE_DIR = join(PROJECT_ROOT, 'test/fixtures/pages');
export const E2E_PAGE_DIR = join(PROJECT_ROOT, 'test/e2e/pages');

/** What test/fixtures/fixture-pages.test.ts checks too: kind and exact risks at the elder profile. */
export interface FixtureExpectation {
  url: string;
  kind: string;
  today?: string;
  risks: string[];
  severities?: Record<string, string>;
  memory?: Record<string, string[]>;
}

export interface SamplePage {
  /** File name without .html */
  name: string;
  /** URL path on the page server, e.g. /fixtures/loan-landing.html */
  path: string;
  file: string;
  /** The page's <title>, for the demo index. */
  title: string;
  expect: FixtureExpectation;
}

export function fixturePages(): SamplePage[] {
  if (!existsSync(FIXTURE_DIR)) return [];
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((f) => {
      const name = f.replace(/\.html$/, '');
      const expectFile = join(FIXTURE_DIR, `${name}.expect.json`);
      if (!existsSync(expectFile)) return []; // half-written fixture: skip until its sidecar exists
      const expect = JSON.parse(readFileSync(expectFile, 'utf8')) as FixtureExpectation;
      const file = join(FIXTURE_DIR, f);
      return [{ name, path: `/fixtures/${f}`, file, title: pageTitle(file) ?? name, expect }];
    });
}

export const riskyFixtures = () => fixturePages().filter((p) => p.expect.risks.length > 0);
export const benignFixtures = () => fixturePages().filter((p) => p.expect.risks.length === 0);

/** Decoded like the CLI decodes saved pages (BOM, meta charset, GBK), served as UTF-8. */
export function readPageText(file: string): string {
  return decodeHtml(readFileSync(file)).text;
}

function pageTitle(file: string): string | undefined {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(readPageText(file));
  return m?.[1]?.trim() || undefined;
}
