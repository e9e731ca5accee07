// The `mingbai` command's logic: dispatch to scan / rules check, and the one place that turns errors
// into exit codes. A user's mistake prints one line; a bug prints a short message (the stack
// only with MINGBAI_DEBUG=1).
import { version } from '../../package.json';
import { EXIT, UserError } from './cli-errors';
import { MAIN_HELP } from './help-text';
import type { CommandIo } from './command-io';

export function terminalIo(): CommandIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (line) => void process.stderr.write(`${line}\n`),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

export async function main(argv: string[], io: CommandIo = terminalIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(MAIN_HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v' || command === '-V') {
      io.out(`${version}\n`);
      return EXIT.ok;
    }
    // Loaded on demand: --help and --version should not wait for jsdom.
    if (command === 'scan') return await (await import('./scan-command')).runScan(rest, io, version);
    if (command === 'rules') {
      const [sub, ...args] = rest;
      if (sub === 'check') return await (await import('./rules-check-command')).runRulesCheck(args, io);
      throw new UserError(`rules ${sub ?? ''}: 未知子命令 / unknown subcommand (try: mingbai rules check)`.replace('  ', ' '));
    }
    throw new UserError(`${command}: 未知命令 / unknown command (mingbai --help)`);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`mingbai: ${e.message}`);
      for (const line of e.details) io.err(`mingbai: ${line}`);
      return e.exitCode;
    }
    io.err(`mingbai: 内部错误 / internal error: ${(e as Error)?.message ?? String(e)}`);
    if (process.env.MINGBAI_DEBUG === '1') io.err(String((e as Error)?.stack));
    else io.err('mingbai: MINGBAI_DEBUG=1 shows the details; please report it.');
    return EXIT.internal;
  }
}
