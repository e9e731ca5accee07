// One saved page → one scan result: size guard, bytes → text (charset), HTML sniff, jsdom
// parse (scripts never run), core scan. Shared by `mingbai scan` and `npm run eval:corpus`, so
// the measurement and the tool see pages the same way.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeHtml, looksLikeHtml } from './decode-html';
import { MAX_NESTING_DEPTH, estimateNestingDepth } from './nesting-depth';
import { pageAddress } from './page-address';
import { MAX_PAGE_BYTES, PageReadError } from './scan-errors';
import { parseHtml } from './parse-html';
import type { Ruleset } from '../core/ruleset';
import { scanDocument } from '../core/scan';
import type { LicenceMemory, ScanResult } from '../core/types';

export interface PageScan {
  file: string;
  url: string;
  encoding: string;
  /** Set when the declared charset was overruled by the bytes. */
  encodingNote?: string;
  bytes: number;
  result: ScanResult;
  /** Milliseconds: read, decode, parse (jsdom), then the core's snapshot/match/classify/evaluate. */
  timings: Record<string, number>;
}

export interface ScanFileOptions {
  url?: string;
  today: string;
  memory: LicenceMemory;
  visibility?: 'attributes' | 'computed';
  maxBytes?: number;
}

/** Reads at most maxBytes + 1 bytes, so an enormous file is refused without loading it. */
function readBounded(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new PageReadError(file, 'unreadable', (e as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new PageReadError(file, 'not-a-file');
    if (stat.size > maxBytes) throw new PageReadError(file, 'too-big', `${(stat.size / 1024 / 1024).toFixed(1)} MB`);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) throw new PageReadError(file, 'too-big', 'grew while being read');
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof PageReadError) throw e;
    throw new PageReadError(file, 'unreadable', (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  } finally {
    closeSync(fd);
  }
}

const now = () => performance.now();

export async function scanFile(ruleset: Ruleset, file: string, options: ScanFileOptions): Promise<PageScan> {
  let t = now();
  const bytes = readBounded(file, options.maxBytes ?? MAX_PAGE_BYTES);
  const read = now() - t;

  t = now();
  const decoded = decodeHtml(bytes);
  if (!looksLikeHtml(decoded.text)) throw new PageReadError(file, 'not-html');
  const depth = estimateNestingDepth(decoded.text);
  if (depth > MAX_NESTING_DEPTH) throw new PageReadError(file, 'too-deep', `>${MAX_NESTING_DEPTH}`);
  const url = options.url ?? pageAddress(decoded.text, file);
  const decode = now() - t;

  t = now();
  const doc = parseHtml(decoded.text, url);
  const parse = now() - t;
  try {
    const result = await scanDocument(ruleset, doc, { url, today: options.today, memory: options.memory, visibility: options.visibility ?? 'computed' });
    return {
      file,
      url,
      encoding: decoded.encoding,
      encodingNote: decoded.note,
      bytes: bytes.length,
      result,
      timings: { read, decode, parse, ...result.timings },
    };
  } finally {
    // Free jsdom's window (timers, listeners) before the next page.
    doc.defaultView?.close();
  }
}
