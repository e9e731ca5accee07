// The cross-page licence memory ("licence number → shop names seen") behind the food pack's
// shared-licence check, kept in a JSON file between runs. It holds licence numbers and shop names
// only: no URLs, no dates, no page text. Bounded: the least recently seen licences go first, and
// each licence keeps its most recently seen names.
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LicenceMemory } from '../core/shared/types';

export const MEMORY_FORMAT = 'mingbai-licence-memory';
export const MEMORY_FORMAT_VERSION = 1;

export interface MemoryLimits {
  maxLicences: number;
  maxNamesPerLicence: number;
}

export const DEFAULT_LIMITS: MemoryLimits = { maxLicences: 5000, maxNamesPerLicence: 50 };

/** Longer strings are not licence numbers or shop names; they are not kept. */
const MAX_LICENCE_LENGTH = 64;
const MAX_NAME_LENGTH = 120;
/** A file this large cannot come from the limits above: refuse to parse it. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

interface MemoryFile {
  format: typeof MEMORY_FORMAT;
  version: number;
  /** Least recently seen first. */
  licences: Array<{ licence: string; names: string[] }>;
}

export class BoundedLicenceMemory implements LicenceMemory {
  /** Map order is recency order: least recently seen first. */
  private readonly names = new Map<string, string[]>();

  constructor(readonly limits: MemoryLimits = DEFAULT_LIMITS) {}

  namesFor(licence: string): readonly string[] {
    return this.names.get(licence.trim()) ?? [];
  }

  record(licence: string, shopName: string): void {
    const key = licence.trim();
    const name = shopName.trim();
    if (!key || !name || key.length > MAX_LICENCE_LENGTH || name.length > MAX_NAME_LENGTH) return;
    const list = (this.names.get(key) ?? []).filter((n) => n !== name);
    list.push(name);
    if (list.length > this.limits.maxNamesPerLicence) list.splice(0, list.length - this.limits.maxNamesPerLicence);
    this.names.delete(key);
    this.names.set(key, list);
    while (this.names.size > this.limits.maxLicences) {
      const oldest = this.names.keys().next().value as string;
      this.names.delete(oldest);
    }
  }

  get size(): number {
    return this.names.size;
  }

  toJSON(): MemoryFile {
    return {
      format: MEMORY_FORMAT,
      version: MEMORY_FORMAT_VERSION,
      licences: [...this.names].map(([licence, names]) => ({ licence, names: [...names] })),
    };
  }

  /** Rebuilds a memory from the file format; throws a readable Error when the shape is wrong. */
  static fromJSON(raw: unknown, limits: MemoryLimits = DEFAULT_LIMITS): BoundedLicenceMemory {
    const file = raw as Partial<MemoryFile> | null;
    if (!file || typeof file !== 'object' || file.format !== MEMORY_FORMAT) throw new Error(`not a ${MEMORY_FORMAT} file`);
    if (file.version !== MEMORY_FORMAT_VERSION) throw new Error(`unsupported version ${String(file.version)}`);
    if (!Array.isArray(file.licences)) throw new Error('"licences" is not a list');
    const memory = new BoundedLicenceMemory(limits);
    file.licences.forEach((entry, i) => {
      if (
        !entry ||
        typeof entry.licence !== 'string' ||
        !Array.isArray(entry.names) ||
        !entry.names.every((n) => typeof n === 'string')
      )
        throw new Error(`entry #${i + 1} is malformed`);
      for (const name of entry.names) memory.record(entry.licence, name);
    });
    return memory;
  }
}

export type MemoryLoad =
  | { memory: BoundedLicenceMemory; corrupt?: undefined }
  | { memory: BoundedLicenceMemory; corrupt: { reason: string; backup: string } };

/** A free name for the backup of a corrupt file: file.corrupt, file.corrupt.1, … */
function backupName(file: string): string {
  let candidate = `${file}.corrupt`;
  for (let i = 1; existsSync(candidate); i++) candidate = `${file}.corrupt.${i}`;
  return candidate;
}

/**
 * Reads the memory file. Missing → empty memory. Corrupt → empty memory plus a backup copy of
 * the corrupt file, so nothing is lost when the fresh memory is saved over it. Anything else that
 * stops the read (a directory, no permission) throws, for the caller to report as a usage error.
 */
export function loadLicenceMemory(file: string, limits: MemoryLimits = DEFAULT_LIMITS): MemoryLoad {
  if (!existsSync(file)) return { memory: new BoundedLicenceMemory(limits) };
  const stat = statSync(file);
  if (stat.isDirectory()) throw new Error('is a directory');
  let reason: string;
  if (stat.size > MAX_FILE_BYTES) {
    reason = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
  } else {
    const text = readFileSync(file, 'utf8');
    try {
      return { memory: BoundedLicenceMemory.fromJSON(JSON.parse(text), limits) };
    } catch (e) {
      reason = e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message;
    }
  }
  const backup = backupName(file);
  copyFileSync(file, backup);
  return { memory: new BoundedLicenceMemory(limits), corrupt: { reason, backup } };
}

/**
 * Throws (with the system's code) when the memory could not be saved beside `file`: a missing or
 * read-only directory, a file where the directory should be. Checked before a run, so a crawl of
 * thousands of pages does not find out at the end. A full disk still shows only at the save.
 */
export function checkMemoryWritable(file: string): void {
  if (existsSync(file) && statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const dir = dirname(resolve(file));
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  accessSync(dir, constants.W_OK);
}

/** Writes atomically: a temporary file beside the target, then rename over it. */
export function saveLicenceMemory(file: string, memory: BoundedLicenceMemory): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(memory.toJSON())}\n`, { mode: 0o600 });
    renameSync(temp, file);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw e;
  }
}
