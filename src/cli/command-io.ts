// Where a command writes: the terminal in real use, a buffer in tests.

export interface CommandIo {
  /** Report output (stdout). */
  out: (text: string) => void;
  /** One line of diagnostics (stderr). */
  err: (line: string) => void;
  stdoutIsTty: boolean;
  /** A person watches stderr: the progress bar goes there (stdout may be a file or a pipe). */
  stderrIsTty?: boolean;
  /** ANSI colours for severities. */
  color: boolean;
  /** Terminal width for wrapping; undefined = no wrapping. */
  columns?: number;
}
