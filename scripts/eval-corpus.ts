// False-positive measurement: scans the shared corpus of real pages (news, blogs, shops — none
// of them scams) as `mingbai scan` does, at the standard profile, and reports every page that
// got a finding. The target is 0. Also: pages per kind, and where the time goes (parsing
// vs our scan). Exit 0 whatever it finds (a measurement), unless --strict.
//   npm run eval:corpus [-- --strict] [-- --dir other/pages]
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collectFiles } from '../src/cli/collect-files';
import { BoundedLicenceMemory } from '../src/cli/licence-memory-file';
import { bundledPackFiles, readPacks } from '../src/cli/read-packs';
import { PageReadError } from '../src/cli/scan-errors';
import { scanFile, type PageScan } from '../src/cli/scan-file';
import { renderTable } from '../src/cli/text-report';
import { filterBySensitivity } from '../src/core/report/findings';
import { formatProblem } from '../src/core/packs/load-packs';
import { compileRuleset } from '../src/core/evaluate/ruleset';
import { localToday } from '../src/core/scan';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, dir: { type: 'string' }, today: { type: 'string' } },
});
const corpus = values.dir ?? join(root, '../shared/corpus/real-pages');
if (!existsSync(corpus)) {
  console.log(`eval:corpus: ${corpus} not found; nothing to measure (skipped).`);
  process.exit(0);
}

const { packs, problems } = readPacks(bundledPackFiles());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(2);
}
const ruleset = compileRuleset(packs.map((p) => p.pack));
const { files } = collectFiles([corpus]);
const memory = new BoundedLicenceMemory();
const today = values.today ?? localToday();

const scans: PageScan[] = [];
const unreadable: string[] = [];
const started = performance.now();
for (const file of files) {
  try {
    scans.push(await scanFile(ruleset, file, { today, memory, visibility: 'computed' }));
  } catch (e) {
    unreadable.push(`${relative(corpus, file)}: ${e instanceof PageReadError ? e.problem : (e as Error).message}`);
  }
}
const wall = performance.now() - started;

const flagged = scans
  .map((scan) => ({ scan, findings: filterBySensitivity(scan.result.findings, 'standard') }))
  .filter((p) => p.findings.length);

const sum = (keys: string[]) => scans.reduce((n, s) => n + keys.reduce((m, k) => m + (s.timings[k] ?? 0), 0), 0);
const parsing = sum(['parse']);
const reading = sum(['read', 'decode']);
const scanning = sum(['snapshot', 'match', 'classify', 'evaluate']);
const kinds = new Map<string, number>();
for (const s of scans) kinds.set(s.result.kind, (kinds.get(s.result.kind) ?? 0) + 1);

console.log(
  `corpus: ${relative(process.cwd(), corpus) || corpus} — ${files.length} files, ${scans.length} scanned, ${unreadable.length} unreadable`,
);
console.log(`packs: ${packs.map((p) => `${p.pack.id} (${p.pack.rules.length})`).join(', ')}`);
console.log('');
console.log(`pages with any finding at the standard profile: ${flagged.length} of ${scans.length} (target 0)`);
for (const { scan, findings } of flagged) {
  console.log(`  ${relative(corpus, scan.file)}  kind=${scan.result.kind}  risks=${findings.map((f) => f.risk).join(',')}`);
  for (const f of findings) {
    for (const e of f.evidence.slice(0, 3)) console.log(`      ${f.ruleId}: ${e.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
}
for (const line of unreadable) console.log(`  unreadable: ${line}`);
console.log('');
console.log('pages per kind:');
for (const line of renderTable(
  ['kind', 'pages'],
  [...kinds].sort().map(([k, n]) => [k, String(n)]),
))
  console.log(`  ${line}`);
console.log('');
const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
const share = (n: number) => `${((n / Math.max(1, parsing + scanning + reading)) * 100).toFixed(0)}%`;
console.log('time:');
for (const line of renderTable(
  ['stage', 'total', 'share', 'per page'],
  [
    ['read + decode', ms(reading), share(reading), `${(reading / Math.max(1, scans.length)).toFixed(1)} ms`],
    ['parse', ms(parsing), share(parsing), `${(parsing / Math.max(1, scans.length)).toFixed(1)} ms`],
    [
      'scan (snapshot+match+classify+evaluate)',
      ms(scanning),
      share(scanning),
      `${(scanning / Math.max(1, scans.length)).toFixed(1)} ms`,
    ],
  ],
))
  console.log(`  ${line}`);
const stages = ['snapshot', 'match', 'classify', 'evaluate'].map((k) => `${k} ${ms(sum([k]))}`).join(', ');
console.log(`  scan stages: ${stages}; wall ${ms(wall)}`);

process.exit(values.strict && (flagged.length || unreadable.length) ? 1 : 0);
