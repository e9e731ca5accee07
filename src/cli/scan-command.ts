// `mingbai scan <file|dir>...`: load packs, collect pages, scan each with one shared licence
// memory, print a table or one JSON document, and choose the exit code.
import { EXIT, UserError } from './cli-errors';
import type { CommandIo } from './command-io';
import { cliText } from './cli-text';
import { collectFiles, type PathProblem } from './collect-files';
import { jsonlPage, jsonlSkipped, jsonlSummary, toJsonReport } from './json-report';
import { scanInWorkers, type PoolResult } from './scan-pool';
import { BoundedLicenceMemory, checkMemoryWritable, loadLicenceMemory, saveLicenceMemory } from './licence-memory-file';
import { BUNDLED_PACKS, readPacks, resolvePackFiles } from './read-packs';
import { parseScanArgs, type ScanArgs } from './scan-args';
import { MAX_ELEMENTS } from './element-count';
import { MAX_NESTING_DEPTH } from './nesting-depth';
import { MAX_PAGE_BYTES, PageReadError } from './scan-errors';
import type { ScanOutcome, SkippedPage } from './scan-outcome';
import { startProgress } from './scan-progress';
import { renderTextReport } from './text-report';
import { SCAN_HELP } from './help-text';
import { filterBySensitivity, severityRank } from '../core/report/findings';
import { formatProblem } from '../core/packs/load-packs';
import { kindNames } from '../core/facts/domain-catalog';
import { compileRuleset, type PackData, type Ruleset } from '../core/evaluate/ruleset';
import { localToday } from '../core/scan';

/** A worker's heap: a page that needs more (hundreds of MB of markup) is refused alone. */
const WORKER_HEAP_MB = 2048;

const PATH_MESSAGES: Record<PathProblem['problem'], string> = {
  missing: '找不到这个文件或目录 / no such file or directory',
  unreadable: '无法读取 / cannot be read',
  'no-pages': '目录里没有 .html 或 .htm 文件 / no .html or .htm files in this directory',
};

function pageProblemMessage(e: PageReadError): string {
  switch (e.problem) {
    case 'not-html':
      return '不是网页（HTML）文件 / not an HTML file';
    case 'too-big':
      if (e.detail.startsWith('needs')) return `网页太大，读取时内存不够 / page too large: it ${e.detail}`;
      return `文件太大，上限 ${MAX_PAGE_BYTES / 1024 / 1024} MB / file too large (${e.detail}; the limit is ${MAX_PAGE_BYTES / 1024 / 1024} MB)`;
    case 'too-many-elements':
      return `网页元素超过 ${MAX_ELEMENTS.toLocaleString('en')} 个，无法在内存和时间限制内读取 / more than ${MAX_ELEMENTS.toLocaleString('en')} elements: refused to stay within memory and time limits`;
    case 'too-deep':
      return `网页嵌套超过 ${MAX_NESTING_DEPTH} 层，无法安全读取 / elements nested more than ${MAX_NESTING_DEPTH} levels deep: refused`;
    case 'not-a-file':
      return '不是普通文件 / not a regular file';
    case 'unreadable':
      return `无法读取 / cannot be read (${e.detail})`;
  }
}

/** The validated packs named by --rules (default: the bundled ones); a UserError otherwise. */
export function loadPacks(packArgs: readonly string[]): PackData[] {
  const { packs, problems } = readPacks(resolvePackFiles(packArgs.length ? packArgs : [BUNDLED_PACKS]));
  if (problems.length) {
    const [first, ...rest] = problems.map((p) => `规则包无效 / invalid rule pack: ${formatProblem(p)}`);
    throw new UserError(first!, rest);
  }
  if (!packs.length) throw new UserError('没有规则包 / no rule packs to scan with');
  return packs.map((p) => p.pack as PackData);
}

export function loadRuleset(packArgs: readonly string[]): Ruleset {
  return compileRuleset(loadPacks(packArgs));
}

function openMemory(args: ScanArgs, warn: (line: string) => void): BoundedLicenceMemory {
  if (!args.memoryFile) return new BoundedLicenceMemory();
  try {
    const loaded = loadLicenceMemory(args.memoryFile);
    if (loaded.corrupt) warn(cliText(args.lang).memoryCorrupt(args.memoryFile, loaded.corrupt.reason, loaded.corrupt.backup));
    checkMemoryWritable(args.memoryFile);
    return loaded.memory;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UserError(
      `${args.memoryFile}: 许可证记忆文件无法读取或保存 / cannot read or save the licence memory file (${reason})`,
    );
  }
}

export async function runScan(argv: string[], io: CommandIo, version: string): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(SCAN_HELP);
    return EXIT.ok;
  }
  const { files, problems } = collectFiles(args.paths);
  const missing = problems.filter((p) => p.problem !== 'no-pages');
  if (missing.length) {
    const [first, ...rest] = missing.map((p) => `${p.path}: ${PATH_MESSAGES[p.problem]}`);
    throw new UserError(first!, rest);
  }
  if (!files.length) throw new UserError(`${args.paths.join(' ')}: ${PATH_MESSAGES['no-pages']}`);
  if (args.url && files.length > 1)
    throw new UserError(`--url 只能用于单个文件，这里有 ${files.length} 个 / --url needs exactly one page, got ${files.length}`);

  const packs = loadPacks(args.rules);
  const memory = openMemory(args, io.err);
  const today = args.today ?? localToday();
  const outcome: ScanOutcome = {
    version,
    sensitivity: args.sensitivity,
    lang: args.lang,
    today,
    pages: [],
    skipped: [],
    kindNames: kindNames(packs, args.lang),
  };
  let internalFailure = false;

  const progress = startProgress(files.length, io.stderrIsTty ?? false);
  // Called in path order, with either jobs setting.
  const take = (file: string, result: PoolResult) => {
    if (result.type === 'page') {
      const page = { scan: result.scan, findings: filterBySensitivity(result.scan.result.findings, args.sensitivity) };
      outcome.pages.push(page);
      if (args.jsonl) io.out(jsonlPage(page, args.lang));
    } else {
      const skipped: SkippedPage =
        result.type === 'unreadable'
          ? { file, problem: result.problem, message: pageProblemMessage(new PageReadError(file, result.problem, result.detail)) }
          : { file, problem: 'scan-failed', message: `扫描出错 / scan failed: ${result.message}` };
      if (result.type === 'failed') {
        internalFailure = true;
        if (process.env.MINGBAI_DEBUG === '1') io.err(String(result.stack));
      }
      outcome.skipped.push(skipped);
      if (args.jsonl) io.out(jsonlSkipped(skipped));
    }
    progress.tick(file);
  };

  // An explanation is read page by page in this thread (the workers report findings only).
  if (args.jobs > 1 && files.length > 1 && !args.explain) {
    await scanInWorkers(files, {
      jobs: args.jobs,
      init: { packs, today, url: args.url },
      memory,
      onResult: (_, file, result) => take(file, result),
      maxHeapMb: WORKER_HEAP_MB,
    });
  } else {
    // The parsers load in about a second: only once the input is known to be usable.
    const { scanFile } = await import('./scan-file');
    const ruleset = compileRuleset(packs);
    for (const file of files) {
      try {
        take(file, {
          type: 'page',
          scan: await scanFile(ruleset, file, { url: args.url, today, memory, visibility: 'computed', explain: args.explain }),
        });
      } catch (e) {
        take(
          file,
          e instanceof PageReadError
            ? { type: 'unreadable', problem: e.problem, detail: e.detail }
            : { type: 'failed', message: (e as Error).message, stack: (e as Error).stack },
        );
      }
    }
  }
  progress.stop();

  let memoryNotSaved = false;
  if (args.memoryFile) {
    try {
      saveLicenceMemory(args.memoryFile, memory);
    } catch (e) {
      memoryNotSaved = true;
      io.err(
        `mingbai: ${cliText(args.lang).memoryNotSaved(args.memoryFile, (e as NodeJS.ErrnoException).code ?? (e as Error).message)}`,
      );
    }
  }

  for (const s of outcome.skipped) io.err(`mingbai: ${s.file}: ${s.message}`);
  if (args.jsonl) io.out(jsonlSummary(outcome));
  else
    io.out(
      args.json
        ? `${JSON.stringify(toJsonReport(outcome), null, 2)}\n`
        : renderTextReport(outcome, { color: io.color, width: io.columns }),
    );

  if (internalFailure) return EXIT.internal;
  if (outcome.skipped.length || memoryNotSaved) return EXIT.usage;
  if (args.failOn) {
    const min = severityRank(args.failOn);
    const reached = outcome.pages.some((p) => p.findings.some((f) => severityRank(f.severity) >= min));
    if (reached) {
      io.err(`mingbai: ${cliText(args.lang).failOnReached(args.failOn)}`);
      return EXIT.failOn;
    }
  }
  return EXIT.ok;
}
