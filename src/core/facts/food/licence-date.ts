// Dates on licences: 2023-05-31, 2023年5月31日, 2023.05.31, 2023/5/31, or 长期 (no end).
// A range ("2021年6月1日至2026年5月31日") ends at its last date.

import type { FoodGrammar } from './food-grammar';

export type LicenceEnd = { kind: 'date'; date: string } | { kind: 'open-ended' } | { kind: 'unknown' };

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1949 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** The end of validity stated in `value` (the text after a 有效期至 / 营业期限 label). */
export function parseLicenceEnd(value: string, food: FoodGrammar): LicenceEnd {
  const text = value.normalize('NFKC');
  let tailStart = 0;
  for (const m of text.matchAll(food.until)) tailStart = m.index + m[0].length;
  const tail = text.slice(tailStart);
  if (food.openEnded.test(tail)) return { kind: 'open-ended' };
  let last: string | null = null;
  for (const m of tail.matchAll(food.date)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(y, mo, d)) last = `${y}-${pad(mo)}-${pad(d)}`;
  }
  return last ? { kind: 'date', date: last } : { kind: 'unknown' };
}

/** True when the licence ended before `today` (YYYY-MM-DD). The end day itself is still valid. */
export const hasExpired = (end: LicenceEnd, today: string) => end.kind === 'date' && end.date < today;
