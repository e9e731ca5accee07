// Every rule proves itself: each `flag` example must make the rule fire, each `pass` example
// must not. Used by `mingbai rules check` and by the test suite, so adding a rule never means
// writing test plumbing.
import type { Example, Pack, Rule } from './pack-schema';
import type { Ruleset } from '../evaluate/ruleset';
import { ephemeralMemory, scanDocument } from '../scan';

export type ParseHtml = (html: string, url: string) => Document;

export interface ExampleOutcome {
  pack: string;
  ruleId: string;
  expect: 'flag' | 'pass';
  index: number;
  ok: boolean;
  detail: string;
}

const DEFAULT_TODAY = '2026-06-01';

export async function checkExample(ruleset: Ruleset, rule: Rule, example: Example, parseHtml: ParseHtml) {
  const ex = typeof example === 'string' ? { html: example } : example;
  const url = ex.url ?? 'https://example.test/page';
  const doc = parseHtml(ex.html, url);
  const kind = ex.kind === 'auto' ? undefined : (ex.kind ?? rule.pageKinds[0]);
  const result = await scanDocument(ruleset, doc, {
    url,
    today: ex.today ?? DEFAULT_TODAY,
    kind,
    memory: ephemeralMemory(ex.memory),
  });
  return { fired: result.firedRules.includes(rule.id), result };
}

export async function checkPackExamples(ruleset: Ruleset, pack: Pack, parseHtml: ParseHtml): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const rule of pack.rules) {
    for (const expect of ['flag', 'pass'] as const) {
      const examples = rule.examples[expect];
      for (let index = 0; index < examples.length; index++) {
        const { fired, result } = await checkExample(ruleset, rule, examples[index]!, parseHtml);
        const ok = expect === 'flag' ? fired : !fired;
        outcomes.push({
          pack: pack.id,
          ruleId: rule.id,
          expect,
          index,
          ok,
          detail: ok
            ? ''
            : `${expect} example #${index + 1} ${expect === 'flag' ? 'did not fire' : 'fired'} (kind ${result.kind}; fired: ${result.firedRules.join(', ') || 'none'})`,
        });
      }
    }
  }
  return outcomes;
}
