// Licence numbers as they appear on pages: full-width characters, spaces, hyphens and lowercase
// letters are presentation, not part of the number. Every check normalises through here first.

/** NFKC (full-width → ASCII), drop spaces and hyphens, uppercase. */
export function normaliseCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\-‐‑–—]/g, '')
    .toUpperCase();
}
