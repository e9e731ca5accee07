// DOM listeners drop the promise an async handler returns, so a failure (the background
// restarting, a closed tab) would vanish as an unhandled rejection while the page looks stuck.
// This keeps the handler async and hands any failure to the page, which says so.
export function asyncListener<E extends Event>(
  handler: (event: E) => Promise<unknown>,
  onFailure: (error: unknown) => void,
): (event: E) => void {
  return (event) => {
    handler(event).catch(onFailure);
  };
}
