// Rule packs a family imports from a file. Each import is validated on its own and then
// cross-checked against the bundled packs and the other imported ones; any problem rejects it
// with file, rule id and JSON path, and the packs in use stay as they were.
import { crossCheckPacks, parseAndValidatePack, validatePack, type PackProblem } from '../../core/packs/load-packs';
import type { Pack } from '../../core/packs/pack-schema';
import { SerialQueue, type KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';

export const MAX_PACK_CHARS = 5_000_000;
export const MAX_IMPORTED_PACKS = 20;

export interface StoredPack {
  fileName: string;
  importedAt: string;
  pack: Pack;
}

export interface PackSummary {
  id: string;
  version: string;
  title: { zh: string; en: string };
  rules: number;
  fileName: string;
  importedAt: string;
}

export type PackImportResult = { ok: true; pack: PackSummary } | { ok: false; problems: PackProblem[] };

export class ImportedPackStore {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly store: KeyValueStore,
    private readonly bundled: ReadonlyArray<{ file: string; pack: Pack }>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Imported packs, re-validated on read: a stored pack that no longer validates is left out. */
  async packs(): Promise<StoredPack[]> {
    const raw = await this.store.get(STORAGE_KEYS.importedPacks);
    if (!Array.isArray(raw)) return [];
    const out: StoredPack[] = [];
    for (const item of raw as Array<Partial<StoredPack>>) {
      if (!item || typeof item.fileName !== 'string' || typeof item.importedAt !== 'string') continue;
      const loaded = validatePack(item.pack, item.fileName);
      if (loaded.ok) out.push({ fileName: item.fileName, importedAt: item.importedAt, pack: loaded.pack });
    }
    return out;
  }

  async summaries(): Promise<PackSummary[]> {
    return (await this.packs()).map(summarise);
  }

  /** Every check an import makes, without storing anything (the background runs it before asking for the PIN). */
  async check(
    text: string,
    fileName: string,
  ): Promise<{ ok: true; stored: StoredPack; others: StoredPack[] } | { ok: false; problems: PackProblem[] }> {
    const file = fileName.replace(/^.*[\\/]/, '').slice(0, 200) || 'pack.json';
    if (text.length > MAX_PACK_CHARS) return fail(file, `file larger than ${MAX_PACK_CHARS / 1_000_000} MB`);
    const loaded = parseAndValidatePack(text, file);
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    const pack = loaded.pack;
    const clash = this.bundled.find((b) => b.pack.id === pack.id);
    if (clash) return fail(file, `pack id "${pack.id}" is the id of a built-in pack (${clash.file})`, '$.id');
    const others = (await this.packs()).filter((p) => p.pack.id !== pack.id);
    if (others.length >= MAX_IMPORTED_PACKS) return fail(file, `at most ${MAX_IMPORTED_PACKS} imported packs`);
    const problems = crossCheckPacks([
      ...this.bundled,
      ...others.map((p) => ({ file: p.fileName, pack: p.pack })),
      { file, pack },
    ]).filter((p) => p.file === file);
    if (problems.length) return { ok: false, problems };
    return { ok: true, stored: { fileName: file, importedAt: new Date(this.now()).toISOString(), pack }, others };
  }

  /** A pack with the id of an imported one replaces it (a newer version of the same pack). */
  import(text: string, fileName: string): Promise<PackImportResult> {
    return this.queue.run(async () => {
      const checked = await this.check(text, fileName);
      if (!checked.ok) return checked;
      await this.store.set(STORAGE_KEYS.importedPacks, [...checked.others, checked.stored]);
      return { ok: true, pack: summarise(checked.stored) };
    });
  }

  remove(id: string): Promise<boolean> {
    return this.queue.run(async () => {
      const packs = await this.packs();
      const kept = packs.filter((p) => p.pack.id !== id);
      if (kept.length === packs.length) return false;
      await this.store.set(STORAGE_KEYS.importedPacks, kept);
      return true;
    });
  }
}

function summarise(p: StoredPack): PackSummary {
  return {
    id: p.pack.id,
    version: p.pack.version,
    title: p.pack.title,
    rules: p.pack.rules.length,
    fileName: p.fileName,
    importedAt: p.importedAt,
  };
}

function fail(file: string, message: string, path = '$'): { ok: false; problems: PackProblem[] } {
  return { ok: false, problems: [{ file, path, message }] };
}
