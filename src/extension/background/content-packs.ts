// The bundled packs as content scripts get them: stripped to what scanning and the UI use, and
// stored in storage.local (CONTENT_PACKS_KEY) so a page reads them without waking the background
// and without ~70 kB of pack data in every content script (docs/decisions/0003-content-script-size.md).
import type { PackData } from '../../core/ruleset';
import { CONTENT_PACKS_KEY, type ContentPacksRecord } from '../protocol';

const LEXICON_KEYS = ['phrases', 'patterns', 'negatable'];
const RULE_KEYS = ['id', 'aliases', 'risk', 'severity', 'pageKinds', 'conditions', 'evidenceFrom', 'message', 'sources'];

const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

/** Examples, descriptions, titles and $schema are for authors and tests: about a third of a pack's bytes. */
export function packForContent(pack: Record<string, unknown>): Record<string, unknown> {
  const lexicons = Object.fromEntries(Object.entries((pack.lexicons ?? {}) as Record<string, Record<string, unknown>>).map(([name, spec]) => [name, pick(spec, LEXICON_KEYS)]));
  const rules = ((pack.rules ?? []) as Array<Record<string, unknown>>).map((rule) => pick(rule, RULE_KEYS));
  return { id: pack.id, version: pack.version, negations: pack.negations ?? [], classifier: pack.classifier ?? [], lexicons, rules };
}

/** FNV-1a over the JSON: tells a rebuilt extension with the same version number from the old one. */
function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}

export function contentPacksRecord(bundled: ReadonlyArray<{ pack: unknown }>, version: string): ContentPacksRecord {
  const packs = bundled.map((b) => packForContent(b.pack as Record<string, unknown>)) as unknown as PackData[];
  return { version, digest: digestOf(JSON.stringify(packs)), packs };
}

/** The part of storage.local this needs (a browser.storage area, or a fake in tests). */
export interface PacksStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Write the record unless storage already holds this very one; true when it wrote. */
export async function storeContentPacks(area: PacksStorageArea, record: ContentPacksRecord): Promise<boolean> {
  const stored = (await area.get(CONTENT_PACKS_KEY))[CONTENT_PACKS_KEY] as Partial<ContentPacksRecord> | undefined;
  if (stored && stored.version === record.version && stored.digest === record.digest && Array.isArray(stored.packs)) return false;
  await area.set({ [CONTENT_PACKS_KEY]: record });
  return true;
}
