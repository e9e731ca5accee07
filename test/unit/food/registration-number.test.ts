import { describe, expect, it } from 'vitest';
import { isValidRegistrationNumber, mod1110CheckDigit } from '../../../src/core/facts/food/registration-number';

describe('isValidRegistrationNumber (15-digit 注册号, ISO 7064 MOD 11,10)', () => {
  it('accepts a real number', () => {
    expect(isValidRegistrationNumber('330100400015575')).toBe(true);
    expect(mod1110CheckDigit('33010040001557')).toBe(5);
  });

  it('rejects a wrong check digit and a swapped pair', () => {
    expect(isValidRegistrationNumber('330100400015576')).toBe(false);
    expect(isValidRegistrationNumber('330100400051575')).toBe(false);
  });

  it('tolerates spaces and full-width digits', () => {
    expect(isValidRegistrationNumber('3301 0040 0015 575')).toBe(true);
    expect(isValidRegistrationNumber('３３０１００４０００１５５７５')).toBe(true);
  });

  it('rejects the wrong length and non-digits', () => {
    expect(isValidRegistrationNumber('33010040001557')).toBe(false);
    expect(isValidRegistrationNumber('3301004000155750')).toBe(false);
    expect(isValidRegistrationNumber('33010040001557a')).toBe(false);
    expect(isValidRegistrationNumber('')).toBe(false);
  });
});
