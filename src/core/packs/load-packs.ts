// Validates rule packs (zod) and turns failures into one clear line each, naming the pack file,
// the rule id and the JSON path. Used by the build, the CLI, the tests and pack import in the
// extension's background. Never by the content script.
import { lexiconRefs, ruleFactProblems } from './check-rule-facts';
import { didYouMean } from './did-you-mean';
import { knownFacts } from './fact-signatures';
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
      typeof key === 'number'
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

function ruleIdAt(raw: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (raw as { rules?: unknown[] })?.rules;
  const id = (rules?.[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : `#${path[1]}`;
}

/**
 * The names of the registered facts: the signature table's (a test keeps it equal to
 * src/core/facts/index.ts's registry) and those a registered page kind brings (fact-signatures.ts).
 */
export const registeredFacts = (): ReadonlySet<string> => knownFacts();

/**
 * Validate parsed JSON as a pack. `file` only labels the messages. `facts`: the fact names rules
 * may use (default: every registered fact).
 */
export function validatePack(raw: unknown, file: string, facts: ReadonlySet<string> = registeredFacts()): PackLoad {
  const factProblems = packFactProblems(raw, file, facts);
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) {
    // zod's line for a bad condition is a union error ("Unrecognized key"); where the fact check
    // has a clearer one for the same place, that one stands alone.
    const clearer = (path: ReadonlyArray<PropertyKey>) =>
      (path[2] === 'conditions' || path[2] === 'evidenceFrom') &&
      factProblems.some((p) => path.every((key, i) => p.keys[i] === key));
    return {
      ok: false,
      problems: [
        ...parsed.error.issues
          .filter((issue) => !clearer(issue.path))
          .map((issue) => ({ file, ruleId: ruleIdAt(raw, issue.path), path: jsonPath(issue.path), message: issue.message })),
        ...factProblems.map(({ keys: _keys, ...problem }) => problem),
      ],
    };
  }
  const pack = parsed.data;
  const problems: PackProblem[] = [];
  for (const [name, lexicon] of Object.entries(pack.lexicons)) {
    lexicon.patterns.forEach((source, i) => {
      // The proof first: only a pattern with a proven bound may be test-run.
      const problem = patternProblem(source) ?? trialProblem(source);
      if (!problem) return;
      const users = pack.rules
        .filter((rule) => lexiconRefs(rule.conditions).some((ref) => ref.name === name))
        .map((rule) => rule.id);
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
        problems.push({
          file,
          path: jsonPath(['grammar', name, 'patterns', i]),
          message: `pattern /${source}/ of grammar "${name}" in pack "${pack.id}": ${problem}`,
        });
    });
  }
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, 'id']), message: 'duplicate rule id' });
    seen.add(rule.id);
  });
  problems.push(...factProblems.map(({ keys: _keys, ...problem }) => problem));
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
          problems.push({
            file,
            path: jsonPath(['classifier', i, 'cues', j, 'lexicon']),
            message: `unknown lexicon "${cue.lexicon}"`,
          });
      });
    });
    pack.rules.forEach((rule, i) => {
      const other = ids.get(rule.id);
      if (other)
        problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, 'id']), message: `rule id also used in ${other}` });
      ids.set(rule.id, file);
      // One line per place. A fact's vocabulary (the food facts' ten field-label lexicons) may be
      // partial: a pack brings the labels it needs. Only a vocabulary with none of them is an error.
      const places = new Map<string, { at: Array<string | number>; how: string; names: string[]; missing: string[] }>();
      for (const ref of lexiconRefs(rule.conditions)) {
        const key = `${ref.at.join('.')}|${ref.how}`;
        const entry = places.get(key) ?? { at: ref.at, how: ref.how, names: [], missing: [] };
        entry.names.push(ref.name);
        if (!lexicons.has(ref.name)) entry.missing.push(ref.name);
        places.set(key, entry);
      }
      for (const { at, how, names, missing } of places.values()) {
        if (!missing.length || (how.endsWith('(its vocabulary)') && missing.length < names.length)) continue;
        const list = missing.map((n) => `"${n}"`).join(', ');
        const message = how.startsWith('params.')
          ? `unknown lexicon ${list}${didYouMean(missing[0]!, lexicons)}`
          : how.endsWith('(its vocabulary)')
            ? `${how} reads lexicons ${list}, and no loaded pack defines any of them`
            : `${how} reads lexicon ${list}, which no loaded pack defines`;
        problems.push({ file, ruleId: rule.id, path: jsonPath(['rules', i, ...at]), message });
      }
    });
  }
  return problems;
}

/** The fact problems of every rule of a raw pack, with the JSON path as keys too (to set zod's aside). */
function packFactProblems(raw: unknown, file: string, facts: ReadonlySet<string>): Array<PackProblem & { keys: PropertyKey[] }> {
  const rules = (raw as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule: unknown, i) =>
    rule && typeof rule === 'object'
      ? ruleFactProblems(rule, facts).map(({ at, message }) => {
          const keys = ['rules', i, ...at];
          return { file, ruleId: ruleIdAt(raw, keys), path: jsonPath(keys), message, keys };
        })
      : [],
  );
}
