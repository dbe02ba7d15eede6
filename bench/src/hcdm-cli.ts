import { createRequire } from 'node:module';
import type { KindCounts } from '@hcdm/import';
import { dirname, join } from 'node:path';
import { checked, runMeasured, type MeasuredRun } from './process.measure.js';

/**
 * The `hcdm` command of apps/cli (bin/hcdm, which runs the bundle), run as its users run it: the
 * Node flags it starts an import with are part of what is measured.
 */
export function hcdmBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@hcdm/cli/package.json')), 'bin', 'hcdm');
}

export interface ImportRun {
  readonly run: MeasuredRun;
  readonly counts: Record<string, KindCounts>;
}

/** `hcdm import DIR --db DB --quiet` as a process; the counts read back from its summary table. */
export function hcdmImport(database: string, paths: readonly string[]): ImportRun {
  const run = checked(runMeasured(hcdmBinary(), ['import', ...paths, '--db', database, '--quiet']), 'hcdm import');
  return { run, counts: parseSummary(run.stdout) };
}

/** Runs an import expected to fail; its run, for the message and the memory. */
export function hcdmImportFailing(database: string, paths: readonly string[]): MeasuredRun {
  const run = runMeasured(hcdmBinary(), ['import', ...paths, '--db', database, '--quiet']);
  if (run.status === 0) throw new Error('hcdm import was expected to fail, and succeeded');
  return run;
}

/** `hcdm query "COMMAND" --db DB` as a process: from its start to its printed answer. */
export function hcdmQuery(database: string, command: string, flags: readonly string[] = []): MeasuredRun {
  return checked(runMeasured(hcdmBinary(), ['query', command, '--db', database, ...flags]), `hcdm query ${command}`);
}

const SUMMARY_ROW = /^\|\s*(customers|listings|leads|calls|sms)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/gm;

function parseSummary(stdout: string): Record<string, KindCounts> {
  const counts: Record<string, KindCounts> = {};
  for (const [, kind, inserted, updated, unchanged, rejected] of stdout.matchAll(SUMMARY_ROW)) {
    counts[kind!] = { inserted: Number(inserted), updated: Number(updated), unchanged: Number(unchanged), rejected: Number(rejected) };
  }
  return counts;
}
