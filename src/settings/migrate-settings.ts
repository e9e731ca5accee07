// Migrations from older stored shapes to the current one. Each step takes the raw object of
// version n and returns the raw object of version n + 1; it maps what it can and leaves
// validation to recover-settings.ts, which keeps every field that comes out valid.
//
// Version 1 (the first prototype) stored:
//   { version: 1, strict: boolean, largeText: boolean, categories, trustedSites, pin }
// Version 2 replaced the on/off `strict` with the three-step `sensitivity` profile, the
// on/off `largeText` with a `textScale` factor, and added `readAloud` and `dismissed`.
// Version 3 added `pausedSites` (the popup's "在此网站暂停").
import { SETTINGS_VERSION } from './settings-schema';

type RawSettings = Record<string, unknown>;

const MIGRATIONS: Record<number, (raw: RawSettings) => RawSettings> = {
  1: ({ strict, largeText, ...rest }) => ({
    ...rest,
    version: 2,
    // strict mode showed every warning, as the elder profile does now.
    sensitivity: strict === true ? 'elder' : strict === false ? 'standard' : undefined,
    textScale: largeText === true ? 1.25 : largeText === false ? 1 : undefined,
    // New in version 2: what version 1 did.
    readAloud: false,
    dismissed: {},
  }),
  2: (raw) => ({ ...raw, version: 3, pausedSites: [] }),
};

/** The version a raw object claims; version 1 had no `version` field in early builds. */
export function storedVersion(raw: RawSettings): number | null {
  if (raw.version === undefined && 'strict' in raw) return 1;
  return typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : null;
}

export type MigrationResult = { ok: true; raw: RawSettings; from: number } | { ok: false; reason: 'unknown-version' };

export function migrateSettings(raw: RawSettings): MigrationResult {
  const from = storedVersion(raw);
  if (from === null || from < 1 || from > SETTINGS_VERSION) return { ok: false, reason: 'unknown-version' };
  let current = raw;
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'unknown-version' };
    current = step(current);
  }
  return { ok: true, raw: current, from };
}
