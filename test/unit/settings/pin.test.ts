// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashPin, isAcceptablePin, verifyPin } from '../../../src/settings/pin-hash';
import {
  afterFailure,
  BASE_DELAY_MS,
  MAX_DELAY_MS,
  NO_THROTTLE,
  readThrottle,
  retryAfterMs,
} from '../../../src/settings/pin-throttle';
import { PIN_MIN_ITERATIONS, PinRecordSchema } from '../../../src/settings/settings-schema';

describe('PIN hashing (PBKDF2-SHA256, WebCrypto)', () => {
  it('stores salt, hash and ≥ 210,000 iterations, never the PIN', async () => {
    const record = await hashPin('2468');
    expect(PinRecordSchema.parse(record)).toEqual(record);
    expect(record.iterations).toBeGreaterThanOrEqual(210_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(JSON.stringify(record)).not.toContain('2468');
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const record = await hashPin('2468');
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('salts: the same PIN hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPin('1357'), hashPin('1357')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses iteration counts below the minimum in stored records', () => {
    expect(
      PinRecordSchema.safeParse({ salt: 'A'.repeat(22) + '==', hash: 'B'.repeat(43) + '=', iterations: PIN_MIN_ITERATIONS - 1 })
        .success,
    ).toBe(false);
  });

  it('accepts 4–12 digit PINs only', () => {
    expect(isAcceptablePin('1234')).toBe(true);
    expect(isAcceptablePin('123456789012')).toBe(true);
    for (const bad of ['123', '1234567890123', 'abcd', '12 34', '']) expect(isAcceptablePin(bad)).toBe(false);
  });
});

describe('wrong-PIN backoff', () => {
  it('allows three attempts, then 30 s, doubling, capped', () => {
    const now = 1_000_000;
    let state = NO_THROTTLE;
    state = afterFailure(state, now);
    state = afterFailure(state, now);
    expect(retryAfterMs(state, now)).toBe(0);
    state = afterFailure(state, now);
    expect(retryAfterMs(state, now)).toBe(BASE_DELAY_MS);
    state = afterFailure(state, now);
    expect(retryAfterMs(state, now)).toBe(2 * BASE_DELAY_MS);
    state = afterFailure(state, now);
    expect(retryAfterMs(state, now)).toBe(4 * BASE_DELAY_MS);
    for (let i = 0; i < 20; i++) state = afterFailure(state, now);
    expect(retryAfterMs(state, now)).toBe(MAX_DELAY_MS);
  });

  it('a tampered stored state does not reset the counter', () => {
    const now = 5_000;
    expect(readThrottle('junk', now).lockedUntil).toBeGreaterThan(now);
    expect(readThrottle({ failures: -1, lockedUntil: 0 }, now).failures).toBeGreaterThan(0);
    expect(readThrottle(undefined, now)).toEqual(NO_THROTTLE);
    // a lock pushed far into the future is capped
    expect(retryAfterMs(readThrottle({ failures: 9, lockedUntil: now + 10 * MAX_DELAY_MS }, now), now)).toBe(MAX_DELAY_MS);
  });
});
