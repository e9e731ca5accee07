// Validates rule packs (zod) and turns failures into one clear line each, naming the pack file,
// the rule id and the JSON path. Used by the build, the CLI, the tests and pack import in the
// extension's background. Never by the content script.
import { PackSchema, type Pack } from './pack-schema';
import { patternProblem } from './pattern-safety';
import { trialProblem } from './pattern-trial';

export interface PackProblem {
  file: string;
  ruleId?: string;
  path: string;
  message: string;
}

export type PackLoad = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function formatProblem(p: PackProblem): string {
  const rule = p.ruleId ? ` rule ${p.ruleId}` : '';
  return `${p.file}:${rule} at ${p.path || '$'}: ${p.message}`;
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}` : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

function ruleIdAt(raw: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (raw as { rules?: unknown[] })?.rules;
  const id = (rules?.[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : `#${path[1]}`;
}

/** Validate parsed JSON as a pack. `file` only labels the messages. */
export function validatePack(raw: unknown, file: string): PackLoad {
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        ruleId: ruleIdAt(raw, issue.path),
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const pack = parsed.data;
  const problems: PackProblem[] = [];
  for (const [name, lexicon] of Object.entries(pack.lexicons)) {
    lexicon.patterns.forEach((source, i) => {
      // The proof first: only a pattern with a proven bound may be test-run.
      const problem = patternProblem(source) ?? trialProblem(source);
      if (!problem) return;
      const users = pack.rules.filter((rule) => lexiconRefs(rule.conditions).includes(name)).map((rule) => rule.id);
      const usedBy = users.length ? `, used by rule${users.length > 1 ? 's' : ''} ${users.join(', ')}` : '';
      problems.push({
        file,
        ruleId: users[0],
        path: jsonPath(['lexicons', name, 'patterns', i]),
        message: `pattern /${source}/ of lexicon "${name}" in pack "${pack.id}"${usedBy}: ${problem}`,
      });
    });
  }
  for (const [name, entry] of Object.entries(pack.grammar)) {
    entry.patterns.forEach((source, i) => {
      const problem = patternProblem(source) ?? trialProblem(source);
      if (problem)
        problems.push({ file, path: jsonPath(['grammar', name, 'patterns', i]), message: `pattern /${source}/ of grammar "${name}" in pack "${pack.id}": ${problem}` });
    });
  }
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, 'id']), message: 'duplicate rule id' });
    seen.add(rule.id);
  });
  return problems.length ? { ok: false, problems } : { ok: true, pack };
}

/** Parse JSON text and validate it; a syntax error is a problem like any other. */
export function parseAndValidatePack(text: string, file: string): PackLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ file, path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePack(raw, file);
}

/**
 * Checks that need every pack at once: lexicon names referenced by rules and classifiers exist,
 * and rule ids are unique across packs.
 */
export function crossCheckPacks(packs: Array<{ file: string; pack: Pack }>): PackProblem[] {
  const problems: PackProblem[] = [];
  const lexicons = new Set(packs.flatMap(({ pack }) => Object.keys(pack.lexicons)));
  const ids = new Map<string, string>();
  for (const { file, pack } of packs) {
    pack.classifier.forEach((c, i) => {
      if (c.signals !== undefined && !lexicons.has(c.signals))
        problems.push({ file, path: jsonPath(['classifier', i, 'signals']), message: `unknown lexicon "${c.signals}"` });
      (c.cues ?? []).forEach((cue, j) => {
        if (!lexicons.has(cue.lexicon))
          problems.push({ file, path: jsonPath(['classifier', i, 'cues', j, 'lexicon']), message: `unknown lexicon "${cue.lexicon}"` });
      });
    });
    pack.rules.forEach((rule, i) => {
      const other = ids.get(rule.id);
      if (other) problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, 'id']), message: `rule id also used in ${other}` });
      ids.set(rule.id, file);
      for (const name of lexiconRefs(rule.conditions)) {
        if (!lexicons.has(name))
          problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, 'conditions']), message: `unknown lexicon "${name}"` });
      }
    });
  }
  return problems;
}

function lexiconRefs(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.all)) return n.all.flatMap(lexiconRefs);
  if (Array.isArray(n.any)) return n.any.flatMap(lexiconRefs);
  if (n.not) return lexiconRefs(n.not);
  const params = n.params as Record<string, unknown> | undefined;
  const refs: string[] = [];
  for (const key of ['lexicon', 'exclude', 'near']) {
    if (typeof params?.[key] === 'string') refs.push(params[key] as string);
  }
  return refs;
}
