import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time: reports a child's peak resident set size, which Node's child_process does not. */
const GNU_TIME = '/usr/bin/time';

export interface MeasuredRun {
  readonly ms: number;
  /** Peak resident set size of the process, in MB; null without GNU time. */
  readonly peakRssMb: number | null;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: string;
}

/** Whether peak RSS can be measured here (GNU time is installed). */
export function canMeasureRss(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs a command to its end and measures its wall time from spawn to exit (process start
 * included, as a user waits for it) and, under GNU time, its peak RSS.
 */
export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): MeasuredRun {
  const rssDir = canMeasureRss() ? mkdtempSync(join(tmpdir(), 'hcdm-bench-rss-')) : null;
  const rssFile = rssDir === null ? null : join(rssDir, 'rss');
  const [program, programArgs] = rssFile === null ? [command, args] : [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]];
  const started = performance.now();
  const child = spawnSync(program, programArgs, {
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  let peakRssMb: number | null = null;
  if (rssFile !== null && existsSync(rssFile)) {
    const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    peakRssMb = Number.isFinite(kib) ? kib / 1024 : null;
  }
  if (rssDir !== null) rmSync(rssDir, { recursive: true, force: true });
  return { ms, peakRssMb, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Throws with the command's own output when it failed. */
export function checked(run: MeasuredRun, what: string): MeasuredRun {
  if (run.status !== 0) throw new Error(`${what} failed (status ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  return run;
}
