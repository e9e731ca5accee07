// The content script is a guest: its failures must never surface on the page. The first one is
// logged (console.debug, for developers), later ones are swallowed.
let logged = false;

export function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  try {
    console.debug('[明白 Mingbai] content script error (further errors are not logged):', error);
  } catch {
    /* console may be replaced by the page */
  }
}

/** Run `fn`; an exception is logged once and swallowed. */
export function guarded<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(logOnce);
    } catch (error) {
      logOnce(error);
    }
  };
}
