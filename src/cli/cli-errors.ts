// Errors a user can cause (a missing file, a bad flag, an invalid pack) carry their own exit
// code and a one-line message; the entry point prints the line and never a stack trace.

export const EXIT = { ok: 0, failOn: 1, usage: 2, internal: 3 } as const;

export class UserError extends Error {
  constructor(
    message: string,
    /** Further lines, e.g. one per pack problem. */
    readonly details: readonly string[] = [],
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
