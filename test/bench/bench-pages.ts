// Which pages the benchmark runs, and the packs it runs them with.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledPackFiles, readPacks } from '../../src/cli/read-packs';
import type { PackData } from '../../src/core/evaluate/ruleset';
import { formatProblem } from '../../src/core/packs/load-packs';
import { generatePage } from './generate-page';
import type { BenchPage } from './page-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus/real-pages');
const FIXTURE_DIR = join(ROOT, 'test/fixtures/pages');
export const GENERATED_SIZES = [10_000, 50_000, 100_000];

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(CORPUS_DIR, f));
}

/** The valid packs in rules/ (a pack another helper is still writing is skipped, with a note). */
export function loadBenchPacks(log: (s: string) => void = () => {}): PackData[] {
  const files = bundledPackFiles(join(ROOT, 'rules'));
  const { packs, problems } = readPacks(files);
  for (const p of problems.slice(0, 5)) log(`pack problem (pack still used if it parsed): ${formatProblem(p)}`);
  return packs.map((p) => p.pack as unknown as PackData);
}

export function benchPages(): { pages: BenchPage[]; notes: string[] } {
  const notes: string[] = [];
  const pages: BenchPage[] = [];
  const corpus = corpusFiles();
  if (!corpus.length) notes.push(`corpus not found at ${CORPUS_DIR}: real pages skipped`);
  for (const file of corpus) {
    const name = file.slice(CORPUS_DIR.length + 1).replace(/\.html?$/i, '');
    pages.push({ name, group: 'corpus', path: `/corpus/${name}.html`, file });
  }
  const fixtures = existsSync(FIXTURE_DIR)
    ? readdirSync(FIXTURE_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  if (!fixtures.length) notes.push('no fixture pages in test/fixtures/pages yet');
  for (const f of fixtures)
    pages.push({
      name: `fixture-${f.replace(/\.html$/, '')}`,
      group: 'fixture',
      path: `/fixture/${f}`,
      file: join(FIXTURE_DIR, f),
    });
  for (const n of GENERATED_SIZES) {
    pages.push({ name: `generated-${n / 1000}k`, group: 'generated', path: `/generated/${n}.html`, html: generatePage(n).html });
  }
  return { pages, notes };
}
