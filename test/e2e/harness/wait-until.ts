// Poll a condition until it holds or a deadline passes. Tests wait for what they need to see,
// never for a fixed time, and a timeout says what was awaited and what was last seen.

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Describes what is awaited, for the timeout message. */
  what: string;
}

/**
 * Resolves with the first truthy value `probe` returns. A probe that throws counts as "not yet"
 * (the page may be navigating); its last error is reported on timeout.
 */
export async function waitUntil<T>(probe: () => Promise<T> | T, options: WaitOptions): Promise<NonNullable<T>> {
  const { timeoutMs = 10_000, intervalMs = 100, what } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const seen = lastError
    ? `last error: ${lastError instanceof Error ? String(lastError) : JSON.stringify(lastError)}`
    : `last value: ${JSON.stringify(last)?.slice(0, 500)}`;
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
}

/** Rejects when `promise` has not settled within `ms` (evaluate() calls have no timeout of their own). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
