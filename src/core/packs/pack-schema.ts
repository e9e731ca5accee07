// The rule-pack format. This zod schema is the single source of truth: the JSON Schema in
// rules/ is generated from it (npm run build:rules), and the loader validates with it.
// It is never imported by the content script: packs reach it already validated.
import { z } from 'zod';
import { CUE_PLACES } from '../classify/classify';
import { CATEGORY_NAMES, PAGE_KINDS, RISK_CODES } from '../facts/domain-catalog';
import { SEVERITIES } from '../shared/types';

const nonEmpty = z.string().trim().min(1);

export const MessageSchema = z
  .object({
    title: nonEmpty.describe('Short title, shown in bold.'),
    explain: nonEmpty.describe('One plain sentence: what this is and why it matters.'),
    advice: nonEmpty.describe('What to do now.'),
    hotline: nonEmpty.describe('Which number to call, e.g. "12378" with the line it reaches in zh and en.'),
  })
  .strict();

export const SourceSchema = z
  .object({
    issuer: nonEmpty.describe('Who said so: the regulator, court or council that issued the alert.'),
    document: nonEmpty.describe('Name of the alert, notice or law.'),
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    article: z.string().optional().describe('Article or section, where known.'),
    url: z.string().url().optional(),
  })
  .strict();

const FactName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'fact names are camelCase identifiers');

export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export const LeafConditionSchema = z
  .object({
    fact: FactName,
    operator: z.enum(OPERATORS),
    value: z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .strict();

export type ConditionNode =
  z.infer<typeof LeafConditionSchema> | { all: ConditionNode[] } | { any: ConditionNode[] } | { not: ConditionNode };

export const ConditionSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

export const TopConditionSchema = z.union([
  z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
  z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
  z.object({ not: ConditionSchema }).strict(),
]);

export const ExampleSchema = z.union([
  z.string().min(1),
  z
    .object({
      html: z.string().min(1),
      url: z.string().optional(),
      today: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      /** Names already in the licence memory before this example runs: {licence: [names]}. */
      memory: z.record(z.string(), z.array(z.string())).optional(),
      /** Page kind for the scan; default: the rule's first page kind. 'auto' classifies. */
      kind: z.enum([...PAGE_KINDS, 'auto']).optional(),
      note: z.string().optional(),
    })
    .strict(),
]);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(\.[a-z0-9-]+)+$/, 'rule ids look like "loan.free-interest.fees-listed"'),
    aliases: z.array(z.string()).optional().describe("Former ids, so users' dismissals survive renames."),
    risk: z.enum(RISK_CODES),
    severity: z.enum(SEVERITIES),
    pageKinds: z.array(z.enum(PAGE_KINDS)).min(1),
    conditions: TopConditionSchema,
    evidenceFrom: z
      .array(FactName)
      .optional()
      .describe('Facts whose evidence the finding shows. Default: every fact in a true condition.'),
    message: z.object({ zh: MessageSchema, en: MessageSchema }).strict(),
    sources: z.array(SourceSchema).min(1),
    examples: z.object({ flag: z.array(ExampleSchema).min(2), pass: z.array(ExampleSchema).min(2) }).strict(),
  })
  .strict();

export const LexiconSchema = z
  .object({
    description: z.string().optional(),
    phrases: z.array(z.string().min(1)).default([]),
    /** Regular-expression sources, checked to run in linear time. Use (?:) for groups. */
    patterns: z.array(z.string().min(1)).default([]),
    /** Drop a hit preceded (within a few characters) by one of the pack's negations: 不收取保证金. */
    negatable: z.boolean().default(false),
  })
  .strict()
  .refine((l) => l.phrases.length + l.patterns.length > 0, 'a lexicon needs phrases or patterns');

/**
 * Words a fact extractor reads to build its own expressions (field labels, rate labels, units,
 * numerals): pack data like lexicons, but never matched on the page by themselves.
 */
export const GrammarEntrySchema = z
  .object({
    description: z.string().optional(),
    phrases: z.array(z.string().min(1)).default([]),
    /** Regular-expression sources, checked like lexicon patterns. Use (?:) for groups. */
    patterns: z.array(z.string().min(1)).default([]),
    /** What each word stands for, for numerals and units: {"万": 10000}. */
    values: z.record(z.string().min(1), z.number().finite()).default({}),
  })
  .strict()
  .refine(
    (g) => g.phrases.length + g.patterns.length + Object.keys(g.values).length > 0,
    'a grammar entry needs phrases, patterns or values',
  );

export const ClassifierCueSchema = z
  .object({
    lexicon: z.string().describe('Lexicon whose phrases are the cue.'),
    in: z
      .enum(CUE_PLACES)
      .optional()
      .describe('Where to look: the page text (default), its title, its headings or its address (host and path).'),
    weight: z
      .number()
      .min(-20)
      .max(20)
      .describe('Score per distinct phrase in the text (up to max), or for being present elsewhere.'),
    max: z.number().int().min(1).optional().describe('Distinct phrases counted at most, in the text. Default 1.'),
  })
  .strict();

export const ClassifierSchema = z
  .object({
    kind: z.enum(PAGE_KINDS),
    /** Legacy form: a lexicon whose distinct hits vote for this kind, one point each... */
    signals: z.string().optional(),
    /** ...against this many. */
    minDistinct: z.number().int().min(1).optional(),
    /** Weighted form: the score at which the page counts as this kind (for `other`: is vetoed to `other`)... */
    threshold: z.number().positive().optional(),
    /** ...and the cues that add up to it. */
    cues: z.array(ClassifierCueSchema).optional(),
  })
  .strict()
  .refine(
    (c) =>
      (c.signals !== undefined && c.minDistinct !== undefined) ||
      (c.cues !== undefined && c.cues.length > 0 && c.threshold !== undefined),
    'a classifier needs signals and minDistinct, or cues and a threshold',
  );

const AboutWordsSchema = z
  .object({
    name: nonEmpty.describe('What people call it, e.g. "Online loans". Also the name of its page kind.'),
    covers: nonEmpty.describe('What its warnings are about, shown next to its switch, e.g. "excessive interest, upfront fees".'),
  })
  .strict();

/** The settings switch a pack's rules belong to, as people see it (options page, CLI). */
export const AboutSchema = z
  .object({ category: z.enum(CATEGORY_NAMES), zh: AboutWordsSchema, en: AboutWordsSchema })
  .strict()
  .describe('The category (settings switch) this pack brings, in words for people.');

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.string(),
    title: z.object({ zh: nonEmpty, en: nonEmpty }).strict(),
    about: AboutSchema.optional(),
    lexicons: z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/), LexiconSchema).default({}),
    grammar: z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/), GrammarEntrySchema).default({}),
    /** Words that cancel a following negatable hit: 不, 无, 谨防 ... */
    negations: z.array(z.string().min(1)).default([]),
    classifier: z.array(ClassifierSchema).default([]),
    rules: z.array(RuleSchema),
  })
  .strict();

export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type GrammarEntryData = z.infer<typeof GrammarEntrySchema>;
