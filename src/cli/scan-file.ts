// One saved page → one scan result: size guard, bytes → text (charset), HTML sniff, parse
// (linkedom; jsdom again for a page whose CSS may decide visibility, decision 0018; scripts never
// run), core scan. Shared by `mingbai scan`, its workers and `npm run eval:corpus`, so the
// measurement and the tool see pages the same way.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeHtml, looksLikeHtml } from './decode-html';
import { MAX_ELEMENTS, countStartTags } from './element-count';
import { MAX_NESTING_DEPTH, estimateNestingDepth } from './nesting-depth';
import { pageAddress } from './page-address';
import { MAX_PAGE_BYTES, PageReadError } from './scan-errors';
import { needsReferenceDom, parseLight } from './light-dom';
import { StagedMemory, type MemoryReader } from './staged-memory';
import type { Ruleset } from '../core/evaluate/ruleset';
import { explainRules } from '../core/evaluate/explain';
import { scanDocument } from '../core/scan';
import type { LicenceMemory, ScanResult } from '../core/shared/types';

export interface PageScan {
  file: string;
  url: string;
  encoding: string;
  /** Set when the declared charset was overruled by the bytes. */
  encodingNote?: string;
  bytes: number;
  result: ScanResult;
  /** Which DOM the findings come from: linkedom, or jsdom when CSS may decide visibility. */
  dom: PageDom;
  /** Milliseconds: read, decode, parse, (referenceParse,) then the core's snapshot/match/classify/evaluate. */
  timings: Record<string, number>;
}

/** 'light': linkedom, jsdom when needed (the default). 'jsdom': jsdom only (the reference). */
export type DomChoice = 'light' | 'jsdom';
export type PageDom = 'linkedom' | 'jsdom';

export interface ScanFileOptions {
  url?: string;
  today: string;
  memory: LicenceMemory;
  visibility?: 'attributes' | 'computed';
  maxBytes?: number;
  dom?: DomChoice;
  /** A full read with the explanation (ScanResult.explain, kindCues). */
  explain?: boolean;
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
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
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

export interface ReadPage {
  file: string;
  text: string;
  url: string;
  encoding: string;
  encodingNote?: string;
  bytes: number;
  timings: { read: number; decode: number };
}

/** Bytes → checked HTML text and its address; throws PageReadError for what cannot be scanned. */
export function readPage(file: string, options: { url?: string; maxBytes?: number }): ReadPage {
  let t = now();
  const bytes = readBounded(file, options.maxBytes ?? MAX_PAGE_BYTES);
  const read = now() - t;

  t = now();
  const decoded = decodeHtml(bytes);
  if (!looksLikeHtml(decoded.text)) throw new PageReadError(file, 'not-html');
  const depth = estimateNestingDepth(decoded.text);
  if (depth > MAX_NESTING_DEPTH) throw new PageReadError(file, 'too-deep', `>${MAX_NESTING_DEPTH}`);
  if (countStartTags(decoded.text) > MAX_ELEMENTS) throw new PageReadError(file, 'too-many-elements', `>${MAX_ELEMENTS}`);
  const url = options.url ?? pageAddress(decoded.text, file);
  return {
    file,
    text: decoded.text,
    url,
    encoding: decoded.encoding,
    encodingNote: decoded.note,
    bytes: bytes.length,
    timings: { read, decode: now() - t },
  };
}

/**
 * Scans a read page against `memory` without writing to it: the page's licence records are in
 * the returned StagedMemory, for the caller to commit in path order.
 */
export async function scanReadPage(
  ruleset: Ruleset,
  page: ReadPage,
  memory: MemoryReader,
  options: Pick<ScanFileOptions, 'today' | 'visibility' | 'dom' | 'explain'>,
): Promise<{ scan: PageScan; staged: StagedMemory }> {
  const visibility = options.visibility ?? 'computed';
  const timings: Record<string, number> = { ...page.timings };
  const scanWith = async (doc: Document) => {
    const staged = new StagedMemory(memory);
    const explain = options.explain ? { explainer: explainRules, quickRead: false } : {};
    const result = await scanDocument(ruleset, doc, {
      url: page.url,
      today: options.today,
      memory: staged,
      visibility,
      ...explain,
    });
    return { result, staged };
  };
  let t = now();
  if ((options.dom ?? 'light') === 'light') {
    const doc = parseLight(page.text);
    timings.parse = now() - t;
    const light = await scanWith(doc);
    if (!needsReferenceDom(doc)) return { scan: pageScan(page, 'linkedom', light.result, timings), staged: light.staged };
    t = now();
  }
  // jsdom loads in about a second: only for the pages that need it.
  const { parseHtml } = await import('./parse-html');
  const doc = parseHtml(page.text, page.url);
  timings[timings.parse === undefined ? 'parse' : 'referenceParse'] = now() - t;
  try {
    const reference = await scanWith(doc);
    return { scan: pageScan(page, 'jsdom', reference.result, timings), staged: reference.staged };
  } finally {
    // Free jsdom's window (timers, listeners) before the next page.
    doc.defaultView?.close();
  }
}

function pageScan(page: ReadPage, dom: PageDom, result: ScanResult, timings: Record<string, number>): PageScan {
  return {
    file: page.file,
    url: page.url,
    encoding: page.encoding,
    encodingNote: page.encodingNote,
    bytes: page.bytes,
    result,
    dom,
    timings: { ...timings, ...result.timings },
  };
}

/** One file, scanned against and then recorded into `options.memory`. */
export async function scanFile(ruleset: Ruleset, file: string, options: ScanFileOptions): Promise<PageScan> {
  const page = readPage(file, options);
  const { scan, staged } = await scanReadPage(ruleset, page, options.memory, options);
  staged.commitTo(options.memory);
  return scan;
}
