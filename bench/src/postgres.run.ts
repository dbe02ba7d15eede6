import { mkdirSync } from 'node:fs';
import { isServerDatabase } from '@hcdm/core';
import type { BenchOptions } from './bench.options.js';
import { ensureDataset } from './dataset.cache.js';
import { machineInfo } from './machine.info.js';
import { benchPostgres } from './postgres.bench.js';
import { postgresRows, writePostgresSection } from './postgres-results.js';
import { PostgresServer } from './postgres-server.js';
import { markdownTable } from './results.table.js';

/** `--db URL` (or HCDM_DB) when it names a PostgreSQL server: the benchmark then runs there. */
export function postgresUrlOf(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  const index = args.indexOf('--db');
  const value = index === -1 ? env.HCDM_DB : args[index + 1];
  return value !== undefined && isServerDatabase(value) ? value : null;
}

/**
 * `pnpm bench --db postgres://...`: the dataset of the options, imported by hcdm and by psql's
 * \copy side by side on that server; the table printed, and written into RESULTS.md's
 * PostgreSQL section on a full run.
 */
export async function runPostgresBenchmark(url: string, options: BenchOptions, log: (line: string) => void): Promise<string> {
  const server = new PostgresServer(url);
  log(`postgres: ${server.label}`);
  const manifest = await ensureDataset(options.cacheDir, options.size);
  mkdirSync(options.workDir, { recursive: true });
  const timings = benchPostgres(manifest, server, { rounds: options.rounds, workDir: options.workDir }, log);
  if (options.resultsPath !== null) {
    writePostgresSection(options.resultsPath, timings, { date: new Date().toISOString(), machine: machineInfo(), size: options.size, rounds: options.rounds });
    log(`wrote the PostgreSQL section of ${options.resultsPath}`);
  }
  return markdownTable(postgresRows(timings));
}
