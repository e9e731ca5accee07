// 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
// 18 characters from a 31-character set (digits and capitals without I, O, Z, S, V):
//   1 registration authority, 2 organisation type, 3–8 administrative division (digits),
//   9–17 organisation code, 18 check character.
// Check: weights 3^(i−1) mod 31 for positions 1..17; check = (31 − Σ mod 31) mod 31,
// mapped back through the character set.
import { normaliseCode } from './licence-code-text';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** The check character for the first 17 characters, or null when they use characters outside the set. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

/**
 * True when `raw` (after removing spaces/hyphens and uppercasing) is a well-formed code whose
 * 18th character is the GB 32100 check character. Lowercase is accepted: the number is the same.
 */
export function isValidUscc(raw: string): boolean {
  const code = normaliseCode(raw);
  if (!SHAPE.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}
