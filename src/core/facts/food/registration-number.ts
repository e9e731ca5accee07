// The 15-digit 工商注册号 used before the unified code (2015). Digit 15 is an ISO 7064
// MOD 11,10 check digit over digits 1..14 (GS15001-2006). Many shops still show it.
import { normaliseCode } from './licence-code-text';

/** The ISO 7064 MOD 11,10 check digit for a string of digits. */
export function mod1110CheckDigit(digits: string): number {
  let p = 10;
  for (const ch of digits) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10;
}

/** True for 15 digits whose last digit is the MOD 11,10 check digit of the first 14. */
export function isValidRegistrationNumber(raw: string): boolean {
  const code = normaliseCode(raw);
  if (!/^\d{15}$/.test(code)) return false;
  return mod1110CheckDigit(code.slice(0, 14)) === Number(code[14]);
}
