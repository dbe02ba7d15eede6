import { FULL_SIZE, FULL_STREAMING_CALLS, scaledSize, SMOKE_SIZE, SMOKE_STREAMING_CALLS, type DatasetSize } from './bench.sizes.js';

export interface BenchOptions {
  readonly size: DatasetSize;
  readonly rounds: number;
  /** Calls in the streaming check; 0 skips it. */
  readonly streamingCalls: number;
  /** Where datasets are generated and kept between runs. */
  readonly cacheDir: string;
  /** Where the databases of the run go. */
  readonly workDir: string;
  /** RESULTS.md to write, or null. */
  readonly resultsPath: string | null;
}

export const FULL_ROUNDS = 3;

/**
 * The full run's options, or the smoke run's (`--smoke`): small data, one round, no RESULTS.md.
 * `--scale F` (0 < F < 1) runs the full run's steps on F times its rows, for iterating in a
 * minute; only a full-size run writes RESULTS.md.
 */
export function benchOptions(args: readonly string[], paths: { cacheDir: string; workDir: string; resultsPath: string }): BenchOptions {
  const smoke = args.includes('--smoke');
  const rounds = Number(valueOf(args, '--rounds') ?? (smoke ? 1 : FULL_ROUNDS));
  if (!Number.isSafeInteger(rounds) || rounds < 1) throw new Error(`--rounds: needs a whole number above 0 (${valueOf(args, '--rounds')})`);
  const scale = Number(valueOf(args, '--scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale: needs a number above 0 and at most 1 (${valueOf(args, '--scale')})`);
  const fullStreaming = Math.round(FULL_STREAMING_CALLS * scale);
  const streamingCalls = args.includes('--no-streaming') ? 0 : smoke ? SMOKE_STREAMING_CALLS : fullStreaming;
  return {
    size: smoke ? SMOKE_SIZE : scaledSize(FULL_SIZE, scale),
    rounds,
    streamingCalls,
    cacheDir: paths.cacheDir,
    workDir: paths.workDir,
    resultsPath: smoke || scale < 1 || args.includes('--no-results') ? null : paths.resultsPath,
  };
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}
