// A progress bar on stderr for long runs, only when a person is watching (stderr is a terminal):
// `mingbai scan crawl/ --jsonl > out.jsonl` shows it, `2> log` and pipes never see it.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(file: string): void;
  stop(): void;
}

const silent: Progress = { tick() {}, stop() {} };

export function startProgress(total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return silent;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true, barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file: file.length > 40 ? `…${file.slice(-39)}` : file }),
    stop: () => bar.stop(),
  };
}
