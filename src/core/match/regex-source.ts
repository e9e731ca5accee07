// Pieces of RegExp sources built from pack words: the one place that escapes them.

/** Escapes a word for use outside a character class (with the u flag, \- is invalid there). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escapes a character for use inside a character class. */
export const escapeInClass = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');

/** A UTF-16 code unit as a \uXXXX escape (valid in a class, also for a lone surrogate without the u flag). */
export const unitEscape = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** Code units as the inside of a character class, runs of neighbours as ranges: \u514d\u5150-\u5152. */
export function unitClass(units: Iterable<number>): string {
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    out += j > i ? `${unitEscape(sorted[i] as number)}-${unitEscape(sorted[j] as number)}` : unitEscape(sorted[i] as number);
    i = j + 1;
  }
  return out;
}
