// A rule's conditions and evidenceFrom checked against the registered facts when its pack loads:
// fact names, operators, params and their types, no JSONPath `path`. Works on raw JSON (before or
// after zod), so a misspelt fact gets its own clear line rather than zod's union error. Lexicon
// names are checked across all packs (lexiconRefs, used by load-packs.ts crossCheckPacks).
import { walkConditions, type ConditionPath, type LeafCondition } from '../evaluate/conditions';
import { didYouMean } from './did-you-mean';
import { signatureOf } from './fact-signatures';
import { OPERATORS } from './pack-schema';

/** A problem inside one rule; `at` is the JSON path from the rule: ['conditions', 'all', 2, 'fact']. */
export interface RuleFieldProblem {
  at: Array<string | number>;
  message: string;
}

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'params']);
const isScalar = (v: unknown) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
/** What the pack schema allows: a {fact: …} value (comparing with another fact) is not. */
const isConditionValue = (v: unknown) =>
  isScalar(v) || (Array.isArray(v) && v.every((x) => typeof x === 'number' || typeof x === 'string'));
const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

export function ruleFactProblems(rule: unknown, facts: ReadonlySet<string>): RuleFieldProblem[] {
  const problems: RuleFieldProblem[] = [];
  const r = (rule ?? {}) as { conditions?: unknown; evidenceFrom?: unknown };
  const used = new Set<string>();
  if (r.conditions !== undefined) {
    walkConditions(r.conditions, (v) => {
      const at = ['conditions', ...v.at];
      if (v.kind === 'unknown') {
        problems.push({
          at,
          message: 'not a condition: write {"all": […]}, {"any": […]}, {"not": {…}} or {"fact", "operator", "value"}',
        });
      } else if (v.kind === 'leaf') {
        used.add(v.node.fact);
        problems.push(...leafProblems(v.node, at, facts));
      }
    });
  }
  if (Array.isArray(r.evidenceFrom)) {
    r.evidenceFrom.forEach((name: unknown, i) => {
      const at = ['evidenceFrom', i];
      if (typeof name !== 'string') problems.push({ at, message: `a fact name is a string, not ${typeOf(name)}` });
      else if (!facts.has(name)) problems.push({ at, message: `"${name}" is not a known fact${didYouMean(name, facts)}` });
      // (When a condition names an unknown fact, that is the problem to fix first.)
      else if (r.conditions !== undefined && !used.has(name) && [...used].every((fact) => facts.has(fact)))
        problems.push({ at, message: `"${name}" is not read by this rule's conditions, so it has no evidence to show` });
    });
  }
  return problems;
}

function leafProblems(leaf: LeafCondition, at: ConditionPath, facts: ReadonlySet<string>): RuleFieldProblem[] {
  const problems: RuleFieldProblem[] = [];
  const add = (field: Array<string | number>, message: string) => problems.push({ at: [...at, ...field], message });
  const known = facts.has(leaf.fact);
  if (!known) add(['fact'], `"${leaf.fact}" is not a known fact${didYouMean(leaf.fact, facts)}`);
  if ('path' in leaf)
    add(
      ['path'],
      '"path" is not allowed: facts give plain values, and the extension has no JSONPath (src/extension/jsonpath-plus-stub.ts)',
    );
  for (const key of Object.keys(leaf))
    if (key !== 'path' && !LEAF_KEYS.has(key)) add([key], `"${key}" is not a condition field (fact, operator, value, params)`);
  if (!('operator' in leaf)) add([], 'no "operator"');
  else if (typeof leaf.operator !== 'string' || !(OPERATORS as readonly string[]).includes(leaf.operator))
    add(
      ['operator'],
      `${JSON.stringify(leaf.operator)} is not an operator${typeof leaf.operator === 'string' ? didYouMean(leaf.operator, OPERATORS) : ''} (${OPERATORS.join(', ')})`,
    );
  if (!('value' in leaf)) add([], 'no "value"');
  else if (!isConditionValue(leaf.value))
    add(['value'], `a value is a number, string, boolean or list of those, not ${typeOf(leaf.value)}`);
  const signature = known ? signatureOf(leaf.fact) : undefined;
  if (!signature) return problems; // an unknown fact is reported above; a fact without a signature takes anything
  const takes = signature.params ?? {};
  const params = leaf.params as unknown;
  if (params !== undefined && typeOf(params) !== 'object') {
    add(['params'], `params is an object, not ${typeOf(params)}`);
    return problems;
  }
  const given = (params ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    const kind = takes[key];
    const names = Object.keys(takes);
    if (!kind) {
      add(
        ['params', key],
        `fact "${leaf.fact}" takes no param "${key}"${didYouMean(key, names)}; ${names.length ? `it takes ${names.join(', ')}` : 'it takes no params'}`,
      );
    } else {
      const want = kind === 'lexicon' ? 'string' : kind;
      if (typeof value !== want)
        add(
          ['params', key],
          `param "${key}" of fact "${leaf.fact}" is ${kind === 'lexicon' ? 'a lexicon name' : `a ${kind}`}, not ${typeOf(value)}`,
        );
    }
  }
  for (const key of signature.required ?? []) if (!(key in given)) add(['params'], `fact "${leaf.fact}" needs params.${key}`);
  return problems;
}

/** Every lexicon a rule's conditions read, by the params that name one, the facts' defaults and their own vocabulary. */
export function lexiconRefs(conditions: unknown): Array<{ name: string; at: Array<string | number>; how: string }> {
  const refs: Array<{ name: string; at: Array<string | number>; how: string }> = [];
  walkConditions(conditions, (v) => {
    if (v.kind !== 'leaf') return;
    const at = ['conditions', ...v.at];
    const signature = signatureOf(v.node.fact);
    const params = (v.node.params ?? {}) as Record<string, unknown>;
    // A fact without a signature: the params every lexicon fact uses.
    const lexiconParams = signature
      ? Object.entries(signature.params ?? {}).flatMap(([key, kind]) => (kind === 'lexicon' ? [key] : []))
      : ['lexicon', 'exclude', 'near'];
    for (const key of lexiconParams) {
      const name = params[key] ?? signature?.defaults?.[key];
      if (typeof name !== 'string') continue;
      if (key in params) refs.push({ name, at: [...at, 'params', key], how: `params.${key}` });
      else refs.push({ name, at, how: `fact "${v.node.fact}" (its default ${key})` });
    }
    for (const name of signature?.reads ?? []) refs.push({ name, at, how: `fact "${v.node.fact}" (its vocabulary)` });
  });
  return refs;
}
