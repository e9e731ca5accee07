// Detection on pages we did not write: runs the built `mingbai` CLI over a labelled set
// (default ../shared/corpus/labelled-pages, read in place, never copied) exactly as its README
// says (each page with its --url, --today 2026-11-27, pages of one `_groups` entry in order with
// one --memory file) and scores (page, risk) pairs: recall, precision, risk-free pages flagged,
// page kind right, plus a per-page diff. The last line is the one-line summary.
//   npm run eval:labelled [-- --dir DIR] [-- --strict] [-- --json]
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    sensitivity: { type: 'string', default: 'standard' },
  },
});
const dir = values.dir ?? join(root, '../shared/corpus/labelled-pages');
const cli = join(root, 'dist/cli/mingbai.mjs');
if (!existsSync(join(dir, 'labels.json'))) {
  console.log(`eval:labelled: ${dir}/labels.json not found; nothing to measure (skipped).`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('eval:labelled: dist/cli/mingbai.mjs is missing; run `npm run build:cli` first.');
  process.exit(2);
}

interface Label {
  url: string;
  kind: string;
  risks: string[];
}
const raw = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, unknown>;
const groups = (raw._groups ?? []) as string[][];
const labels = Object.entries(raw).filter(([k]) => !k.startsWith('_')) as [string, Label][];
const today = '2026-11-27';

interface Scanned {
  kind: string;
  risks: string[];
  evidence: Record<string, string[]>;
}

async function scanPage(page: string, label: Label, memory?: string): Promise<Scanned> {
  const args = [
    cli,
    'scan',
    join(dir, 'pages', page),
    '--url',
    label.url,
    '--today',
    today,
    '--json',
    '--sensitivity',
    values.sensitivity,
  ];
  if (memory) args.push('--memory', memory);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(stdout) as {
    pages: { kind: string; findings: { risk: string; evidence: { text: string }[] }[] }[];
  };
  const p = report.pages[0]!;
  const evidence: Record<string, string[]> = {};
  for (const f of p.findings) evidence[f.risk] = f.evidence.map((e) => e.text.replace(/\s+/g, ' ').slice(0, 80));
  return { kind: p.kind, risks: [...new Set(p.findings.map((f) => f.risk))], evidence };
}

const tmp = mkdtempSync(join(tmpdir(), 'mingbai-eval-'));
const results = new Map<string, Scanned>();
try {
  const grouped = new Set(groups.flat());
  // Pages of a group share one memory and run in order; the rest run two at a time.
  const jobs: (() => Promise<void>)[] = groups.map((group, g) => async () => {
    for (const page of group) {
      const label = labels.find(([k]) => k === page)?.[1];
      if (label) results.set(page, await scanPage(page, label, join(tmp, `memory-${g}.json`)));
    }
  });
  for (const [page, label] of labels)
    if (!grouped.has(page)) jobs.push(async () => void results.set(page, await scanPage(page, label)));
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let job; (job = queue.shift());) await job();
    }),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

let hits = 0;
let misses = 0;
let falseAlarms = 0;
let kindRight = 0;
let riskFree = 0;
let riskFreeFlagged = 0;
const diff: string[] = [];
for (const [page, label] of labels) {
  const got = results.get(page)!;
  const expected = new Set(label.risks);
  const found = new Set(got.risks);
  const missed = [...expected].filter((r) => !found.has(r));
  const extra = [...found].filter((r) => !expected.has(r));
  hits += expected.size - missed.length;
  misses += missed.length;
  falseAlarms += extra.length;
  if (got.kind === label.kind) kindRight++;
  if (expected.size === 0) {
    riskFree++;
    if (found.size) riskFreeFlagged++;
  }
  if (missed.length || extra.length || got.kind !== label.kind) {
    const parts = [`${page}`];
    if (got.kind !== label.kind) parts.push(`kind ${got.kind} (want ${label.kind})`);
    if (missed.length) parts.push(`missed ${missed.join(', ')}`);
    if (extra.length)
      parts.push(`false ${extra.map((r) => `${r} [${(got.evidence[r] ?? []).slice(0, 2).join(' | ')}]`).join(', ')}`);
    diff.push(parts.join('  '));
  }
}
const recall = hits / Math.max(1, hits + misses);
const precision = hits / Math.max(1, hits + falseAlarms);
const summary = {
  pages: labels.length,
  recall: Number(recall.toFixed(3)),
  precision: Number(precision.toFixed(3)),
  hits,
  misses,
  falseAlarms,
  riskFreeFlagged,
  riskFree,
  kindRight,
};
if (values.json) {
  console.log(JSON.stringify({ ...summary, diff }, null, 2));
} else {
  console.log(`labelled set: ${dir} (${labels.length} pages, today ${today}, sensitivity ${values.sensitivity})`);
  console.log('');
  console.log(diff.length ? 'pages that differ from their labels:' : 'every page matches its labels.');
  for (const line of diff) console.log(`  ${line}`);
  console.log('');
  console.log(
    `recall ${recall.toFixed(2)} (${hits}/${hits + misses}) · precision ${precision.toFixed(2)} (${hits}/${hits + falseAlarms}) · ` +
      `risk-free pages flagged ${riskFreeFlagged}/${riskFree} · kind right ${kindRight}/${labels.length}`,
  );
}
const pass = recall >= 0.95 && precision >= 0.97 && riskFreeFlagged === 0 && kindRight / labels.length >= 0.95;
process.exit(values.strict && !pass ? 1 : 0);
