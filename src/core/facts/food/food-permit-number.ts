// 食品经营许可证编号: "JY" + 14 digits — 1 业态 (main business type) digit, 2 province, 2 city,
// 2 county, 6-digit serial, 1 check digit (食品经营许可管理办法, 2015; kept by 市场监管总局令第78号).
// The check digit's algorithm is not public, so only the format is checked, plus one honest
// extra: the province digits must be a mainland province code (11–65, GB/T 2260), because a
// made-up number often gets those wrong. Shops selling only pre-packaged food hold a 备案
// (filing, "YB" + digits) instead of a permit; that is not a missing licence.
import { normaliseCode } from './licence-code-text';

export type PermitCheck = 'ok' | 'bad-format' | 'bad-province';

const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
]);

export function checkFoodPermitNumber(raw: string): PermitCheck {
  const code = normaliseCode(raw);
  const m = /^JY(\d)(\d{2})(\d{11})$/.exec(code);
  if (!m) return 'bad-format';
  if (m[1] === '0') return 'bad-format';
  return PROVINCE_CODES.has(Number(m[2])) ? 'ok' : 'bad-province';
}

/** 备案编号 of a pre-packaged-food seller: YB followed by digits. Format is not enforced. */
export const looksLikeFilingNumber = (raw: string) => /^YB\d{8,}$/.test(normaliseCode(raw));
