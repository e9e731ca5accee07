// `mingbai scan` arguments → validated options. Every mistake becomes a UserError with one line
// that says which option and what is wrong.
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './cli-errors';
import { SENSITIVITIES, SEVERITIES, type Lang, type Sensitivity, type Severity } from '../core/shared/types';

export interface ScanArgs {
  paths: string[];
  url?: string;
  json: boolean;
  /** One JSON object per page as it is done, then a summary line. */
  jsonl: boolean;
  /** Worker threads; 1 scans in this thread. */
  jobs: number;
  /** Say why: kind scores and cues, facts, and for each rule that did not fire what failed. */
  explain: boolean;
  sensitivity: Sensitivity;
  memoryFile?: string;
  today?: string;
  failOn?: Severity;
  lang: Lang;
  /** Pack files, directories or "bundled"; empty = the bundled packs. */
  rules: string[];
  help: boolean;
}

/** Each worker holds a compiled ruleset and a parsed page: more threads than this only cost memory. */
export const MAX_JOBS = 64;

const OPTIONS = {
  url: { type: 'string' as const },
  json: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  jobs: { type: 'string', short: 'j' },
  explain: { type: 'boolean', default: false },
  sensitivity: { type: 'string', default: 'standard' },
  memory: { type: 'string' },
  today: { type: 'string' },
  'fail-on': { type: 'string' },
  lang: { type: 'string', default: 'zh' },
  rules: { type: 'string', multiple: true, default: [] as string[] },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${option} ${JSON.stringify(value)}: 只能是 / must be one of ${allowed.join(', ')}`);
}

export function parseScanArgs(argv: string[]): ScanArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs explains well but in several sentences; keep the first.
    throw new UserError(`${(e as Error).message.split('\n')[0]} (mingbai scan --help)`);
  }
  const { values, positionals } = parsed;
  const args: ScanArgs = {
    paths: positionals,
    json: values.json,
    jsonl: values.jsonl,
    jobs: availableParallelism(),
    explain: values.explain,
    sensitivity: oneOf('sensitivity', values.sensitivity, SENSITIVITIES),
    lang: oneOf('lang', values.lang, ['zh', 'en'] as const),
    rules: values.rules,
    help: values.help,
  };
  if (args.help) return args;
  if (!positionals.length) throw new UserError('请给出要扫描的文件或目录 / no file or directory to scan (mingbai scan --help)');
  if (values.json && values.jsonl)
    throw new UserError('--json 和 --jsonl 只能选一个 / --json and --jsonl cannot be used together');
  if (values.jobs !== undefined) {
    const jobs = /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
    if (!(jobs >= 1 && jobs <= MAX_JOBS))
      throw new UserError(
        `--jobs ${JSON.stringify(values.jobs)}: 应为 1 到 ${MAX_JOBS} 的整数 / must be a whole number from 1 to ${MAX_JOBS}`,
      );
    args.jobs = jobs;
  }
  if (values['fail-on'] !== undefined) args.failOn = oneOf('fail-on', values['fail-on'], SEVERITIES);
  if (values.today !== undefined) {
    if (!isIsoDate(values.today))
      throw new UserError(`--today ${JSON.stringify(values.today)}: 日期格式应为 / the date must be YYYY-MM-DD`);
    args.today = values.today;
  }
  if (values.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(values.url);
    } catch {
      url = undefined;
    }
    if (!url || !/^(?:https?|file):$/.test(url.protocol))
      throw new UserError(`--url ${JSON.stringify(values.url)}: 不是网址 / not an http(s) address`);
    args.url = url.href;
  }
  if (values.memory !== undefined) {
    if (!values.memory) throw new UserError('--memory: 需要文件名 / needs a file name');
    args.memoryFile = values.memory;
  }
  return args;
}
