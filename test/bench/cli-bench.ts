// The CLI over the real-page corpus, in process. Two parts:
// - throughput in pages per second: before (jsdom, one thread, as `mingbai scan` was) and after
//   (linkedom with the jsdom fallback, one thread, then all cores with worker threads), with a
//   check that every page's findings are the same in all three (decision 0018);
// - the cost split of a jsdom scan: decode + parse against snapshot, match, classify, evaluate.
// Run alone: `npm run bench:cli [-- --quick] [-- --jobs N]`. Exits 1 when findings differ.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BoundedLicenceMemory } from '../../src/cli/licence-memory-file';
import { readPage, scanReadPage, type DomChoice, type PageScan } from '../../src/cli/scan-file';
import { scanInWorkers } from '../../src/cli/scan-pool';
import { decodeHtml } from '../../src/cli/decode-html';
import { parseHtml } from '../../src/cli/parse-html';
import { compileRuleset, type PackData } from '../../src/core/evaluate/ruleset';
import { scanDocument } from '../../src/core/scan';
import { median } from './bench-report';
import { CORPUS_DIR, corpusFiles, loadBenchPacks } from './bench-pages';

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
  const rules = Object.entries(totals)
    .filter(([k]) => k !== 'decode' && k !== 'parse')
    .reduce((a, [, v]) => a + v, 0);
  return { pages: files.length, totals, medians, parseShare: (totals.parse ?? 0) / Math.max(1e-9, (totals.parse ?? 0) + rules) };
}

export function formatCliSplit(s: CliSplit): string {
  const row = (k: string) =>
    `  ${k.padEnd(9)} total ${s.totals[k]!.toFixed(0).padStart(7)} ms   median ${s.medians[k]!.toFixed(2).padStart(8)} ms`;
  return [
    `CLI split over ${s.pages} corpus pages (jsdom, in process):`,
    ...Object.keys(s.totals).map(row),
    `  parse share of parse + scan: ${(s.parseShare * 100).toFixed(1)}%`,
  ].join('\n');
}

export interface Throughput {
  label: string;
  pages: number;
  ms: number;
  pagesPerSecond: number;
  /** Per page: kind, rules and evidence texts, to compare runs. */
  signatures: string[];
  jsdomPages: number;
}

const TODAY = '2026-11-27';

function signature(scan: PageScan): string {
  const { kind, firedRules, findings } = scan.result;
  return JSON.stringify({ kind, firedRules, findings: findings.map((f) => [f.ruleId, f.evidence.map((e) => e.text)]) });
}

function throughput(label: string, ms: number, scans: PageScan[]): Throughput {
  return {
    label,
    pages: scans.length,
    ms,
    pagesPerSecond: (scans.length * 1000) / ms,
    signatures: scans.map(signature),
    jsdomPages: scans.filter((s) => s.dom === 'jsdom').length,
  };
}

/** `mingbai scan --jobs 1` as it runs a directory: read, decode, parse, scan, one page after another. */
export async function oneThread(files: readonly string[], packs: readonly PackData[], dom: DomChoice): Promise<Throughput> {
  const ruleset = compileRuleset(packs);
  const memory = new BoundedLicenceMemory();
  const scans: PageScan[] = [];
  const t = performance.now();
  for (const file of files) {
    const { scan, staged } = await scanReadPage(ruleset, readPage(file, {}), memory, { today: TODAY, dom });
    staged.commitTo(memory);
    scans.push(scan);
  }
  return throughput(dom === 'jsdom' ? 'before: jsdom, 1 thread' : 'linkedom, 1 thread', performance.now() - t, scans);
}

/** `mingbai scan --jobs N`: worker threads (started inside the timing), results in path order. */
export async function allThreads(files: readonly string[], packs: readonly PackData[], jobs: number): Promise<Throughput> {
  const scans: PageScan[] = [];
  const t = performance.now();
  await scanInWorkers(files, {
    jobs,
    init: { packs: [...packs], today: TODAY },
    memory: new BoundedLicenceMemory(),
    onResult: (_, file, r) => {
      if (r.type !== 'page') throw new Error(`${file}: ${r.type}`);
      scans.push(r.scan);
    },
  });
  return throughput(`after: linkedom, ${jobs} worker threads`, performance.now() - t, scans);
}

export function formatThroughput(runs: readonly Throughput[]): string {
  const [before] = runs;
  const rows = runs.map(
    (r) =>
      `  ${r.label.padEnd(34)} ${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s  (${(r.ms / 1000).toFixed(1)} s for ${r.pages} pages` +
      `${r.jsdomPages && !r.label.includes('jsdom') ? `, ${r.jsdomPages} parsed again with jsdom` : ''})  ×${(r.pagesPerSecond / before!.pagesPerSecond).toFixed(1)}`,
  );
  const same = runs.every(
    (r) => r.signatures.length === before!.signatures.length && r.signatures.every((s, i) => s === before!.signatures[i]),
  );
  return [
    `CLI throughput over ${before!.pages} corpus pages:`,
    ...rows,
    `  findings identical in all runs: ${same ? 'yes' : 'NO'}`,
  ].join('\n');
}

type Parse = (html: string, url: string) => Document;

/** The three DOMs tried (decision 0018), each as the CLI would use it: scripts off, nothing fetched. */
async function candidateParsers(): Promise<Record<string, Parse>> {
  const { parseLight } = await import('../../src/cli/light-dom');
  const { Window } = await import('happy-dom');
  return {
    jsdom: parseHtml,
    'happy-dom': (html, url) => {
      const settings = {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
      };
      const window = new Window({ url, settings });
      window.document.write(html);
      return window.document as unknown as Document;
    },
    linkedom: (html) => parseLight(html),
  };
}

/**
 * `--doms DIR...`: per DOM, parse time and parse + scan (computed visibility, no fallback) in
 * pages per second, and how many pages' findings differ from jsdom's.
 */
async function compareDoms(dirs: readonly string[], packs: readonly PackData[]): Promise<string> {
  const { readdirSync } = await import('node:fs');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- node:path's functions do not use `this`
  const { join } = await import('node:path');
  const ruleset = compileRuleset(packs);
  const parsers = await candidateParsers();
  const lines: string[] = [];
  for (const dir of dirs) {
    const files = readdirSync(dir)
      .filter((f) => /\.html?$/i.test(f))
      .sort()
      .map((f) => join(dir, f));
    const texts = files.map((f) => decodeHtml(new Uint8Array(readFileSync(f))).text);
    let reference: string[] = [];
    lines.push(`${dir} (${files.length} pages):`);
    for (const [name, parse] of Object.entries(parsers)) {
      let parseMs = 0;
      let totalMs = 0;
      let failed = 0;
      const signatures: string[] = [];
      for (const text of texts) {
        const t = performance.now();
        try {
          const doc = parse(text, 'https://corpus.test/page.html');
          parseMs += performance.now() - t;
          const result = await scanDocument(ruleset, doc, {
            visibility: 'computed',
            today: TODAY,
            url: 'https://corpus.test/page.html',
          });
          signatures.push(
            JSON.stringify([
              result.kind,
              result.firedRules,
              result.findings.map((f) => [f.ruleId, f.evidence.map((e) => e.text)]),
            ]),
          );
        } catch {
          failed++;
          signatures.push('failed');
        }
        totalMs += performance.now() - t;
      }
      if (name === 'jsdom') reference = signatures;
      const differ = signatures.filter((s, i) => s !== reference[i]).length;
      lines.push(
        `  ${name.padEnd(10)} parse ${(parseMs / files.length).toFixed(1).padStart(7)} ms/page   parse + scan ${((files.length * 1000) / totalMs).toFixed(1).padStart(6)} pages/s   ` +
          `findings differ from jsdom on ${differ} pages${failed ? ` (${failed} threw)` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--doms')) {
  const dirs = process.argv.slice(process.argv.indexOf('--doms') + 1).filter((a) => !a.startsWith('--'));
  console.log(await compareDoms(dirs.length ? dirs : [CORPUS_DIR], loadBenchPacks()));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const jobsAt = process.argv.indexOf('--jobs');
  const jobs = jobsAt > 0 ? Number(process.argv[jobsAt + 1]) : availableParallelism();
  const all = corpusFiles();
  const files = quick ? all.slice(0, 30) : all;
  if (!files.length) console.log('corpus not found: ../shared/corpus/real-pages/ (skipped)');
  else {
    const packs = loadBenchPacks();
    const runs = [
      await oneThread(files, packs, 'jsdom'),
      await oneThread(files, packs, 'light'),
      await allThreads(files, packs, jobs),
    ];
    console.log(formatThroughput(runs));
    console.log(formatCliSplit(await cliSplit(files, packs)));
    if (!formatThroughput(runs).endsWith('yes')) process.exitCode = 1;
  }
}
