// Entry point of the `mingbai` command (built to dist/cli/mingbai.mjs by scripts/build-cli.ts).
import { main } from './main';

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
