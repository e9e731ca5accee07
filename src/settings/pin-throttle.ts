// Slows down guessing: after FREE_ATTEMPTS wrong PINs in a row, every further wrong PIN locks
// the PIN check for BASE_DELAY_MS, doubling each time, up to MAX_DELAY_MS. The state lives in
// storage, so closing and reopening the page (or restarting the browser) does not reset it.

export const FREE_ATTEMPTS = 3;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

export interface ThrottleState {
  failures: number;
  /** Epoch ms before which no PIN is checked at all. */
  lockedUntil: number;
}

export const NO_THROTTLE: ThrottleState = { failures: 0, lockedUntil: 0 };

/** Stored values are validated like any other: garbage counts as "locked for the maximum". */
export function readThrottle(raw: unknown, now: number): ThrottleState {
  if (raw === undefined) return NO_THROTTLE;
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (
    typeof r.failures === 'number' &&
    Number.isInteger(r.failures) &&
    r.failures >= 0 &&
    typeof r.lockedUntil === 'number' &&
    Number.isFinite(r.lockedUntil)
  )
    return { failures: r.failures, lockedUntil: Math.min(r.lockedUntil, now + MAX_DELAY_MS) };
  // Failing safe: a tampered record must not reset the counter to zero.
  return { failures: FREE_ATTEMPTS, lockedUntil: now + BASE_DELAY_MS };
}

export function retryAfterMs(state: ThrottleState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

export function afterFailure(state: ThrottleState, now: number): ThrottleState {
  const failures = state.failures + 1;
  if (failures < FREE_ATTEMPTS) return { failures, lockedUntil: 0 };
  const delay = Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
  return { failures, lockedUntil: now + delay };
}

/** Tries left before a wrong PIN locks the check: the last of them, if wrong, starts the lock (0: locked after every wrong PIN). */
export function triesBeforeLockout(state: ThrottleState): number {
  return Math.max(0, FREE_ATTEMPTS - state.failures);
}

/** How long the lock lasts that the next wrong PIN would start (it doubles each time). */
export function nextLockoutMs(state: ThrottleState): number {
  const failures = Math.max(state.failures + 1, FREE_ATTEMPTS);
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}
