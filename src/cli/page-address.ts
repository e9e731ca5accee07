// The address a saved page came from, when the file says so: browsers and SingleFile write it
// into the saved HTML. Rules that look at the address (a lender's domain, a platform's shop URL)
// then see the real one rather than file:///….
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)\s*(https?:\/\/[^\s>]+?)\s*-->/i;
const SINGLE_FILE = /<!--\s*Page saved with SingleFile\s+url:\s*(https?:\/\/\S+)/i;
const CANONICAL = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i;
const HREF = /\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i;

function validUrl(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    return new URL(candidate).href;
  } catch {
    return undefined;
  }
}

/** The page's own address if the saved file records it, else the file's file:// URL. */
export function pageAddress(html: string, file: string): string {
  const head = html.slice(0, 65536);
  const fromComment = validUrl(SAVED_FROM.exec(head)?.[1]) ?? validUrl(SINGLE_FILE.exec(head)?.[1]);
  if (fromComment) return fromComment;
  const link = CANONICAL.exec(head)?.[0];
  const canonical = link ? validUrl(HREF.exec(link)?.[1]) : undefined;
  return canonical ?? pathToFileURL(resolve(file)).href;
}
