import { SingleBar } from 'cli-progress';

export interface ProgressBar {
  /** `done` of `total` units (bytes or rows) of the step named `label`; `rows` feeds rows/s. */
  update(label: string, done: number, total: number, rows: number): void;
  stop(): void;
}

const SILENT: ProgressBar = { update: () => {}, stop: () => {} };

/**
 * A bar on stderr, only when stderr is a terminal and the user did not ask for quiet: a bar
 * in a log file or a pipe is noise. Shows percent, rows/s and the time left of each step
 * (a file being imported, the sample being written); a new label starts a new bar.
 */
export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean): ProgressBar {
  if (quiet || !stream.isTTY) return SILENT;
  const bar = new SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: '{label} |{bar}| {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    barsize: 20,
    etaBuffer: 50,
  });
  let current: { label: string; started: number } | null = null;
  return {
    update(label, done, total, rows) {
      if (current?.label !== label) {
        if (current) bar.stop();
        current = { label, started: Date.now() };
        bar.start(Math.max(total, 1), 0, { label, rows: 0, speed: 0 });
      }
      const seconds = Math.max((Date.now() - current.started) / 1000, 0.001);
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { label, rows, speed: Math.round(rows / seconds) });
    },
    stop() {
      if (current) bar.stop();
      current = null;
    },
  };
}
