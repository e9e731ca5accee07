import { describe, expect, it } from 'vitest';
import { checkFoodPermitNumber, looksLikeFilingNumber } from '../../../src/core/facts/food/food-permit-number';

describe('checkFoodPermitNumber (JY + 14 digits)', () => {
  it('accepts the format with a mainland province code', () => {
    expect(checkFoodPermitNumber('JY11105050012345')).toBe('ok');
    expect(checkFoodPermitNumber('JY26501020000011')).toBe('ok');
    expect(checkFoodPermitNumber('jy1 1105 0500 12345')).toBe('ok');
    expect(checkFoodPermitNumber('ＪＹ１１１０５０５００１２３４５')).toBe('ok');
  });

  it('rejects wrong lengths, prefixes and letters', () => {
    expect(checkFoodPermitNumber('JY1110505001234')).toBe('bad-format');
    expect(checkFoodPermitNumber('JY111050500123456')).toBe('bad-format');
    expect(checkFoodPermitNumber('JX11105050012345')).toBe('bad-format');
    expect(checkFoodPermitNumber('JY1110505001234A')).toBe('bad-format');
    expect(checkFoodPermitNumber('JY01105050012345')).toBe('bad-format');
  });

  it('rejects province codes that do not exist', () => {
    expect(checkFoodPermitNumber('JY19905050012345')).toBe('bad-province');
    expect(checkFoodPermitNumber('JY10005050012345')).toBe('bad-province');
    expect(checkFoodPermitNumber('JY17105050012345')).toBe('bad-province');
  });

  it('recognises a 备案 number of a pre-packaged food seller', () => {
    expect(looksLikeFilingNumber('YB11101050001234')).toBe(true);
    expect(looksLikeFilingNumber('JY11105050012345')).toBe(false);
  });
});
