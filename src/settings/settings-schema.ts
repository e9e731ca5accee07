// The stored settings (version 3). zod is the single source of truth for their shape; the
// background validates everything it reads from storage or from an imported file with it.
import { z } from 'zod';
import { CATEGORY_NAMES } from '../core/facts/domain-catalog';
import { SENSITIVITIES } from '../core/shared/types';
import { normaliseHost, normaliseHostList } from './hostnames';
import { TEXT_SCALE_MAX, TEXT_SCALE_MIN } from './text-scale';

export const SETTINGS_VERSION = 3;

/** PBKDF2 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PIN_MIN_ITERATIONS = 210_000;

export const PinRecordSchema = z
  .object({
    /** base64, 16 random bytes */
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
    /** base64, 32 bytes of PBKDF2-HMAC-SHA256 */
    hash: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    iterations: z.number().int().min(PIN_MIN_ITERATIONS).max(10_000_000),
  })
  .strict();
export type PinRecord = z.infer<typeof PinRecordSchema>;

const CATEGORY_KEY = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * One switch per category, derived from the domain registry. A category the stored object lacks
 * (a kind added since it was saved) is on; switches of categories this build does not know are
 * kept as they are, so an update never loses what the family set.
 */
const CategorySwitchesSchema = z
  .object(Object.fromEntries(CATEGORY_NAMES.map((name) => [name, z.boolean().default(true)])))
  .catchall(z.boolean())
  .refine(
    (switches) => Object.keys(switches).length <= 100 && Object.keys(switches).every((key) => CATEGORY_KEY.test(key)),
    'unknown category names',
  );

const RuleIdSchema = z
  .string()
  .regex(/^[a-z]+(\.[a-z0-9-]+)+$/)
  .max(200);

/** One schema per field, so corrupt storage can be repaired field by field. */
export const FIELD_SCHEMAS = {
  sensitivity: z.enum(SENSITIVITIES),
  categories: CategorySwitchesSchema,
  trustedSites: z.array(z.string().max(2048)).max(5_000).transform(normaliseHostList),
  /** Sites where Mingbai is paused from the popup ("在此网站暂停"): like trusted, but labelled as a pause and undone with one switch. */
  pausedSites: z.array(z.string().max(2048)).max(5_000).transform(normaliseHostList),
  textScale: z.number().min(TEXT_SCALE_MIN).max(TEXT_SCALE_MAX),
  readAloud: z.boolean(),
  pin: PinRecordSchema.nullable(),
  /** host → rule ids the user dismissed on that site ("这不对"). */
  dismissed: z
    .record(z.string().max(300), z.array(RuleIdSchema).max(500))
    .refine((r) => Object.keys(r).length <= 5_000, 'too many sites')
    .transform(normaliseDismissed),
} as const;

export type SettingsField = keyof typeof FIELD_SCHEMAS;
export const SETTINGS_FIELDS = Object.keys(FIELD_SCHEMAS) as SettingsField[];

export const SettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), ...FIELD_SCHEMAS }).strict();
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    sensitivity: 'standard',
    categories: Object.fromEntries(CATEGORY_NAMES.map((name) => [name, true])),
    trustedSites: [],
    pausedSites: [],
    textScale: 1,
    readAloud: false,
    pin: null,
    dismissed: {},
  };
}

/** The fields a settings page may change in one step (never the version or the PIN). */
export const SettingsPatchSchema = z
  .object({
    sensitivity: FIELD_SCHEMAS.sensitivity,
    categories: FIELD_SCHEMAS.categories,
    trustedSites: FIELD_SCHEMAS.trustedSites,
    pausedSites: FIELD_SCHEMAS.pausedSites,
    textScale: FIELD_SCHEMAS.textScale,
    readAloud: FIELD_SCHEMAS.readAloud,
    dismissed: FIELD_SCHEMAS.dismissed,
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

function normaliseDismissed(record: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [site, ids] of Object.entries(record)) {
    const host = normaliseHost(site);
    if (!host || ids.length === 0) continue;
    out[host] = [...new Set([...(out[host] ?? []), ...ids])].sort();
  }
  return out;
}
