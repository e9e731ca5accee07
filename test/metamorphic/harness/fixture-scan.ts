// Fixture pages and their scan, exactly as test/fixtures/fixture-pages.test.ts does it: jsdom
// through parseHtml, scanDocument with the sidecar's url, today and licence memory, computed
// visibility, a fresh memory per scan.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { parseHtml } from '../../../src/cli/parse-html';
import { decodeHtml } from '../../../src/cli/decode-html';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { ephemeralMemory, scanDocument } from '../../../src/core/scan';

export interface Fixture {
  /** File name without .html. */
  name: string;
  html: string;
  url: string;
  today: string;
  memory: Record<string, string[]>;
}

export interface Outcome {
  kind: string;
  kindScores: Record<string, number>;
  /** Risk codes, sorted, each once. */
  risks: string[];
  /** "risk (ruleId): evidence | evidence" per finding, for failure messages. */
  details: string[];
}

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

export function loadFixtures(): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const expect = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expect.json')), 'utf8')) as {
        url: string;
        today?: string;
        memory?: Record<string, string[]>;
      };
      return {
        name: file.replace(/\.html$/, ''),
        html: decodeHtml(readFileSync(join(dir, file))).text,
        url: expect.url,
        today: expect.today ?? '2026-06-01',
        memory: expect.memory ?? {},
      };
    });
}

let ruleset: ReturnType<typeof compileRuleset> | undefined;
const outcomes = new Map<string, Promise<Outcome>>();

/**
 * Scans a page as the fixture test does: `doc` when given (the DOM `html` serialises), else `html`
 * parsed at `url`. The same HTML at the same URL is scanned once.
 */
export function scanPage(fixture: Fixture, html: string, url = fixture.url, doc?: Document): Promise<Outcome> {
  const key = `${fixture.name}\n${url}\n${html}`;
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = scanUncached(fixture, doc ?? parseHtml(html, url), url);
    outcomes.set(key, outcome);
  }
  return outcome;
}

async function scanUncached(fixture: Fixture, doc: Document, url: string): Promise<Outcome> {
  ruleset ??= compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));
  const result = await scanDocument(ruleset, doc, {
    url,
    today: fixture.today,
    memory: ephemeralMemory(fixture.memory),
    visibility: 'computed',
  });
  return {
    kind: result.kind,
    kindScores: result.kindScores,
    risks: [...new Set(result.findings.map((f) => f.risk))].sort(),
    details: result.findings.map((f) => `${f.risk} (${f.ruleId}): ${f.evidence.map((e) => e.text).join(' | ')}`),
  };
}

/** A fresh, editable DOM of the fixture page. */
export function parseFixture(fixture: Fixture): Document {
  return parseHtml(fixture.html, fixture.url);
}
