// Why a page cannot be scanned, as a value the user can act on. Kept apart from scan-file.ts so
// that error handling does not load jsdom.

/** Larger files are refused: a saved page is rarely over a few MB, and jsdom needs ~10× in memory. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export type PageProblem = 'too-big' | 'too-many-elements' | 'too-deep' | 'not-html' | 'not-a-file' | 'unreadable';

/** A page that cannot be scanned for a reason the user can act on. */
export class PageReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: PageProblem,
    readonly detail = '',
  ) {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'PageReadError';
  }
}
