import { spawnSync } from 'node:child_process';
import { checked, runMeasured, type MeasuredRun } from './process.measure.js';

const CANDIDATES = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3', 'sqlite3'];

/** The sqlite3 command-line shell and its version, or null when none is installed. */
export function findSqliteShell(): { path: string; version: string } | null {
  for (const path of CANDIDATES) {
    const probe = spawnSync(path, ['-version'], { encoding: 'utf8' });
    if (probe.status === 0) return { path, version: probe.stdout.trim().split(' ')[0] ?? 'unknown' };
  }
  return null;
}

/** Runs a script of dot-commands and SQL in the shell against `database`. */
export function runShell(shell: string, database: string, script: string): MeasuredRun {
  return checked(runMeasured(shell, ['-batch', database], { input: script }), `sqlite3 ${database}`);
}

const RUN_TIME = /^Run Time: real ([\d.]+)/gm;

/**
 * Runs one SQL statement `times` times in one shell session with `.timer on` and returns the
 * time of each run in ms, as the shell measures it (the statement alone, no process start).
 */
export function timeStatement(shell: string, database: string, sql: string, times: number): number[] {
  const script = ['.timer on', '.output /dev/null', ...Array.from({ length: times }, () => sql), ''].join('\n');
  const run = runShell(shell, database, script);
  const seconds = [...run.stdout.matchAll(RUN_TIME), ...run.stderr.matchAll(RUN_TIME)].map((match) => Number(match[1]));
  if (seconds.length !== times) throw new Error(`sqlite3 printed ${seconds.length} timings for ${times} runs`);
  return seconds.map((value) => value * 1000);
}
