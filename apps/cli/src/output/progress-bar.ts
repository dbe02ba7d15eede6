import { SingleBar } from 'cli-progress';

export interface ProgressBar {
  /** `done` of `total` units (bytes or rows); `rows` feeds the rows/s figure. */
  update(done: number, total: number, rows: number): void;
  stop(): void;
}

const SILENT: ProgressBar = { update: () => {}, stop: () => {} };

/**
 * A bar on stderr, only when stderr is a terminal and the user did not ask for quiet: a bar
 * in a log file or a pipe is noise. Shows percent, rows/s and the time left.
 */
export function createProgressBar(label: string, stream: NodeJS.WriteStream, quiet: boolean): ProgressBar {
  if (quiet || !stream.isTTY) return SILENT;
  const bar = new SingleBar({
    stream,
    format: `${label} |{bar}| {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    etaBuffer: 50,
  });
  const started = Date.now();
  let running = false;
  return {
    update(done, total, rows) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const payload = { rows, speed: Math.round(rows / seconds) };
      if (!running) bar.start(Math.max(total, 1), done, payload);
      else bar.setTotal(Math.max(total, 1));
      running = true;
      bar.update(done, payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
