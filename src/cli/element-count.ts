// A cheap count of start tags, so a page with too many elements is refused before it is parsed.
// Measured on this project's 2-core machine under load: a page of 1 million nodes (500,000
// elements, as many text nodes) scans in about 40-70 s and 550 MB; 49 MB of markup with 970,000
// elements ran out of a 512 MB heap after 70 s and took over 400 s with 1.2 GB. The largest real
// saved pages have tens of thousands of elements.

export const MAX_ELEMENTS = 600_000;

/** Start tags in `html` (comments and script text included: an over-count errs towards refusing), up to stopAt + 1. */
export function countStartTags(html: string, stopAt = MAX_ELEMENTS): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0 && count <= stopAt; at = html.indexOf('<', at + 1)) {
    const c = html.charCodeAt(at + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
  }
  return count;
}
