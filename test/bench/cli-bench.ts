// The CLI's cost split over the real-page corpus, in process: decode + jsdom parse (what
// `mingbai scan` pays per file before any rule runs) against snapshot, match, classify and
// evaluate. The rules should be the small part. Run alone: `npm run bench:cli [-- --quick]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../src/cli/decode-html';
import { parseHtml } from '../../src/cli/parse-html';
import { compileRuleset, type PackData } from '../../src/core/ruleset';
import { scanDocument } from '../../src/core/scan';
import { median } from './bench-report';
import { corpusFiles, loadBenchPacks } from './bench-pages';

export interface CliSplit {
  pages: number;
  totals: Record<string, number>;
  medians: Record<string, number>;
  /** parse / (parse + all scan stages), over the totals. */
  parseShare: number;
}

export async function cliSplit(files: readonly string[], packs: readonly PackData[]): Promise<CliSplit> {
  const ruleset = compileRuleset(packs);
  const per: Record<string, number[]> = { decode: [], parse: [] };
  for (const file of files) {
    let t = performance.now();
    const { text } = decodeHtml(new Uint8Array(readFileSync(file)));
    per.decode!.push(performance.now() - t);
    t = performance.now();
    const doc = parseHtml(text, 'https://corpus.test/page.html');
    per.parse!.push(performance.now() - t);
    const result = await scanDocument(ruleset, doc, { visibility: 'attributes', today: '2026-11-27' });
    for (const [k, v] of Object.entries(result.timings)) (per[k] ??= []).push(v);
    doc.defaultView?.close();
  }
  const totals = Object.fromEntries(Object.entries(per).map(([k, v]) => [k, v.reduce((a, b) => a + b, 0)]));
  const medians = Object.fromEntries(Object.entries(per).map(([k, v]) => [k, median(v)]));
  const rules = Object.entries(totals).filter(([k]) => k !== 'decode' && k !== 'parse').reduce((a, [, v]) => a + v, 0);
  return { pages: files.length, totals, medians, parseShare: (totals.parse ?? 0) / Math.max(1e-9, (totals.parse ?? 0) + rules) };
}

export function formatCliSplit(s: CliSplit): string {
  const row = (k: string) => `  ${k.padEnd(9)} total ${s.totals[k]!.toFixed(0).padStart(7)} ms   median ${s.medians[k]!.toFixed(2).padStart(8)} ms`;
  return [`CLI split over ${s.pages} corpus pages (jsdom, in process):`, ...Object.keys(s.totals).map(row), `  parse share of parse + scan: ${(s.parseShare * 100).toFixed(1)}%`].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const files = corpusFiles();
  if (!files.length) console.log('corpus not found: ../shared/corpus/real-pages/ (skipped)');
  else console.log(formatCliSplit(await cliSplit(quick ? files.slice(0, 30) : files, loadBenchPacks())));
}
