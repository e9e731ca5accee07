// `mingbai rules check [PACK...]`: validate packs, run every rule's examples, report coverage of
// the risk taxonomy. Rule authors run it after every edit.
import { parseArgs } from 'node:util';
import { EXIT, UserError } from './cli-errors';
import type { CommandIo } from './command-io';
import { RULES_HELP } from './help-text';
import { BUNDLED_PACKS, packLabel, readPacks, resolvePackFiles } from './read-packs';
import { checkPackExamples, type ExampleOutcome } from '../core/packs/check-examples';
import { formatProblem } from '../core/packs/load-packs';
import { compileRuleset } from '../core/evaluate/ruleset';
import { RISK_CODES } from '../core/facts/domain-catalog';
import type { Lang } from '../core/shared/types';

const WORDS = {
  zh: {
    title: '规则包检查',
    colon: '：',
    packs: '规则包',
    rules: '规则',
    examples: (passed: number, failed: number) => `示例：${passed} 个通过，${failed} 个失败`,
    coverage: (covered: number, total: number) => `风险覆盖：${covered}/${total} 个风险代码有规则`,
    missing: '尚无规则',
    fail: '失败',
    ok: '全部通过。',
  },
  en: {
    title: 'Rule pack check',
    colon: ': ',
    packs: 'packs',
    rules: 'rules',
    examples: (passed: number, failed: number) => `examples: ${passed} passed, ${failed} failed`,
    coverage: (covered: number, total: number) => `risk coverage: ${covered}/${total} risk codes have a rule`,
    missing: 'no rule yet',
    fail: 'FAIL',
    ok: 'All good.',
  },
} as const;

export async function runRulesCheck(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { lang: { type: 'string', default: 'zh' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message.split('\n')[0]} (mingbai rules check --help)`);
  }
  if (parsed.values.help) {
    io.out(RULES_HELP);
    return EXIT.ok;
  }
  const lang: Lang = parsed.values.lang === 'en' ? 'en' : 'zh';
  const w = WORDS[lang];

  const files = resolvePackFiles(parsed.positionals.length ? parsed.positionals : [BUNDLED_PACKS]);
  const { packs, problems } = readPacks(files);
  if (problems.length) {
    const [first, ...rest] = problems.map((p) => `规则包无效 / invalid rule pack: ${formatProblem(p)}`);
    throw new UserError(first!, rest);
  }
  if (!packs.length) throw new UserError('没有规则包 / no rule packs found');

  const ruleset = compileRuleset(packs.map((p) => p.pack));
  // jsdom loads only once the packs are known to be valid.
  const { parseHtml } = await import('./parse-html');
  const outcomes: ExampleOutcome[] = [];
  const packLines: string[] = [];
  for (const { file, pack } of packs) {
    const results = await checkPackExamples(ruleset, pack, parseHtml);
    outcomes.push(...results);
    const failed = results.filter((r) => !r.ok).length;
    packLines.push(
      `  ${pack.id} ${pack.version} (${packLabel(file)}): ${pack.rules.length} ${w.rules}, ${results.length - failed}/${results.length}`,
    );
  }

  const covered = new Set(packs.flatMap((p) => p.pack.rules.map((r) => r.risk)));
  const missing = RISK_CODES.filter((code) => !covered.has(code));
  const failures = outcomes.filter((o) => !o.ok);
  const ruleCount = packs.reduce((n, p) => n + p.pack.rules.length, 0);

  const lines = [
    `${w.title}${w.colon}${packs.length} ${w.packs}, ${ruleCount} ${w.rules}`,
    ...packLines,
    w.examples(outcomes.length - failures.length, failures.length),
    w.coverage(RISK_CODES.length - missing.length, RISK_CODES.length),
    ...(missing.length ? [`  ${w.missing}: ${missing.join(', ')}`] : []),
  ];
  io.out(`${lines.join('\n')}\n`);
  for (const f of failures) io.err(`${w.fail} ${f.pack} ${f.ruleId} ${f.detail}`);
  if (!failures.length) io.out(`${w.ok}\n`);
  return failures.length ? EXIT.failOn : EXIT.ok;
}
