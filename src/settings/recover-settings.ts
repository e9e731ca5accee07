// Reads whatever is in storage into valid settings. Corrupt values are repaired field by
// field: every field that is still valid is kept, only broken ones fall back to their
// defaults, and the caller learns which fields those were (to keep the raw copy and show the
// notice).
import { migrateSettings } from './migrate-settings';
import { defaultSettings, FIELD_SCHEMAS, SETTINGS_FIELDS, SETTINGS_VERSION, type Settings } from './settings-schema';

export interface RecoveredSettings {
  settings: Settings;
  /** Fields that were broken and reset; "version" when the version was unknown; "*" for a non-object. */
  problems: string[];
  /** The stored value was of an older version and was migrated (not a problem). */
  migratedFrom: number | null;
}

export function recoverSettings(raw: unknown): RecoveredSettings {
  const defaults = defaultSettings();
  if (raw === undefined || raw === null) return { settings: defaults, problems: [], migratedFrom: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaults, problems: ['*'], migratedFrom: null };

  const problems: string[] = [];
  let source = raw as Record<string, unknown>;
  let migratedFrom: number | null = null;
  const migrated = migrateSettings(source);
  if (migrated.ok) {
    source = migrated.raw;
    if (migrated.from !== SETTINGS_VERSION) migratedFrom = migrated.from;
  } else {
    // Unknown version: still keep every field that reads as a valid version-2 field.
    problems.push('version');
  }

  const settings: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const field of SETTINGS_FIELDS) {
    const value = source[field];
    if (value === undefined) {
      settings[field] = defaults[field];
      // A missing field in a current-version object means a partial (corrupt) write; in a
      // migrated object it is a field the old version did not have.
      if (migratedFrom === null) problems.push(field);
      continue;
    }
    const parsed = recoverField(field, value);
    settings[field] = parsed.value;
    if (!parsed.intact) problems.push(field);
  }
  for (const key of Object.keys(source)) {
    if (key !== 'version' && !(SETTINGS_FIELDS as string[]).includes(key)) problems.push(key);
  }
  return { settings: settings as Settings, problems, migratedFrom };
}

function recoverField(field: keyof typeof FIELD_SCHEMAS, value: unknown): { value: unknown; intact: boolean } {
  const parsed = FIELD_SCHEMAS[field].safeParse(value);
  if (parsed.success) return { value: parsed.data, intact: true };
  const defaults = defaultSettings();
  // Fields made of parts keep their valid parts.
  if (field === 'categories' && isRecord(value)) {
    // Every switch that is still a boolean is kept, known category or not.
    const categories = { ...defaults.categories };
    for (const [name, on] of Object.entries(value)) if (typeof on === 'boolean') categories[name] = on;
    const again = FIELD_SCHEMAS.categories.safeParse(categories);
    return { value: again.success ? again.data : defaults.categories, intact: false };
  }
  if ((field === 'trustedSites' || field === 'pausedSites') && Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string' && v.length <= 2048);
    return { value: FIELD_SCHEMAS[field].parse(strings.slice(0, 5_000)), intact: false };
  }
  if (field === 'dismissed' && isRecord(value)) {
    const kept: Record<string, string[]> = {};
    for (const [site, ids] of Object.entries(value)) {
      if (!Array.isArray(ids)) continue;
      const valid = ids.filter((id): id is string => typeof id === 'string' && /^[a-z]+(\.[a-z0-9-]+)+$/.test(id));
      if (valid.length) kept[site] = valid.slice(0, 500);
    }
    const again = FIELD_SCHEMAS.dismissed.safeParse(kept);
    return { value: again.success ? again.data : defaults.dismissed, intact: false };
  }
  return { value: defaults[field], intact: false };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
