// Settings export and import files. The export leaves the PIN record out: the family's PIN
// stays on this browser. An import is checked completely before anything changes (one bad
// field → a clear error naming it, and the current settings stay as they are), and it never
// touches the PIN, so importing a file cannot remove or replace the lock.
import { z } from 'zod';
import { migrateSettings } from './migrate-settings';
import { SettingsSchema, type Settings } from './settings-schema';

export const EXPORT_FORMAT = 'mingbai-settings';

export type ImportableSettings = Omit<Settings, 'pin'>;

export function exportSettingsText(settings: Settings, now: Date): string {
  const { pin: _pin, ...rest } = settings;
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), settings: rest }, null, 2)}\n`;
}

const ImportSchema = SettingsSchema.omit({ pin: true });
const MAX_IMPORT_CHARS = 2_000_000;

export type ParsedImport = { ok: true; settings: ImportableSettings } | { ok: false; detail: string };

export function parseSettingsImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, detail: 'file too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, detail: `not valid JSON: ${(e as Error).message}` };
  }
  const envelope = z.object({ format: z.literal(EXPORT_FORMAT), settings: z.record(z.string(), z.unknown()) }).safeParse(raw);
  if (!envelope.success) return { ok: false, detail: 'not a Mingbai settings file ($.format must be "mingbai-settings")' };
  const { pin: _pin, ...fields } = envelope.data.settings;
  const migrated = migrateSettings(fields);
  if (!migrated.ok)
    return { ok: false, detail: `$.settings.version: unknown settings version ${JSON.stringify(fields.version)}` };
  const parsed = ImportSchema.safeParse(migrated.raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['$', 'settings', ...(issue?.path ?? [])].map(String).join('.');
    return { ok: false, detail: `${path}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, settings: parsed.data };
}
