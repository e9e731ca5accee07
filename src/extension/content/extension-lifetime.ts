// How long this content script lives: until its extension is gone (updated, reloaded or
// removed), and never less. Only the extension decides that. WXT's own content-script context
// also ended on a message that the page could post, and announced itself to the page with the
// extension's id (issue 18; docs/decisions/0016-a-page-cannot-stop-the-content-script.md).
//
// Chrome leaves an orphaned content script running after its extension is reloaded, with
// `chrome.runtime.id` undefined; a slow poll notices. Firefox unloads it outright.

/** How often an orphaned script is looked for: cheap (one property read) and rare. */
export const LIFETIME_POLL_MS = 5000;

declare const chrome: { runtime?: { id?: string } } | undefined;

/** True while the extension that injected this script is still installed and enabled. */
export function extensionAlive(): boolean {
  try {
    return typeof chrome !== 'undefined' && chrome?.runtime?.id != null;
  } catch {
    return false;
  }
}

export class ExtensionLifetime {
  private readonly ended = new AbortController();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly alive: () => boolean = extensionAlive,
    private readonly pollMs = LIFETIME_POLL_MS,
  ) {}

  get signal(): AbortSignal {
    return this.ended.signal;
  }

  get isInvalid(): boolean {
    if (!this.ended.signal.aborted && !this.safeAlive()) this.notifyInvalidated();
    return this.ended.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** `cb` runs once when the extension is gone. Returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.ended.signal.addEventListener('abort', cb);
    if (this.timer === null && !this.ended.signal.aborted) {
      this.timer = setInterval(() => void this.isInvalid, this.pollMs);
    }
    return () => this.ended.signal.removeEventListener('abort', cb);
  }

  /** Ends this lifetime (the extension only: nothing on the page can reach this object). */
  notifyInvalidated(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (!this.ended.signal.aborted) this.ended.abort();
  }

  private safeAlive(): boolean {
    try {
      return this.alive();
    } catch {
      return false;
    }
  }
}
