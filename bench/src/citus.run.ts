import type { BenchOptions } from './bench.options.js';
import { CitusCoordinator } from './citus-coordinator.js';
import { benchCitus } from './citus.bench.js';
import { answersLine, citusRows, writeCitusSection } from './citus-results.js';
import { ensureDataset } from './dataset.cache.js';
import { machineInfo } from './machine.info.js';
import { PostgresServer } from './postgres-server.js';
import { markdownTable } from './results.table.js';

/** `--citus URL`: the coordinator's database to bench on, or null when not asked. */
export function citusUrlOf(args: readonly string[]): string | null {
  const index = args.indexOf('--citus');
  if (index === -1) return null;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error('--citus: needs the URL of a Citus coordinator\'s database (--citus postgres://postgres@127.0.0.1:9700/hcdm)');
  return value;
}

/**
 * `pnpm bench --citus URL --db postgres://...`: hcdm on the Citus cluster beside plain
 * PostgreSQL (`--db`, a server on the same machine). The table printed; RESULTS.md's Citus
 * section written unless `resultsPath` is null (a smoke run, or --no-results). Any size is
 * written, its dataset named: a full-size run on a cluster of one machine takes long.
 */
export async function runCitusBenchmark(
  citusUrl: string,
  postgresUrl: string | null,
  options: BenchOptions,
  resultsPath: string | null,
  log: (line: string) => void,
): Promise<string> {
  if (postgresUrl === null) throw new Error('--citus: needs --db postgres://... too, the plain PostgreSQL server to bench beside (on the same machine)');
  // Both servers' child processes read one PGPASSWORD (postgres-server.ts): two passwords cannot both hold.
  const passwords = new Set([citusUrl, postgresUrl].map((url) => decodeURIComponent(new URL(url).password)).filter((password) => password !== ''));
  if (passwords.size > 1) throw new Error('--citus and --db: give both servers one password, or leave it out of one URL (PGPASSWORD is shared by their processes)');
  const coordinator = new CitusCoordinator(citusUrl);
  const server = new PostgresServer(postgresUrl);
  log(`citus: ${coordinator.label}, beside postgres: ${server.label}`);
  const manifest = await ensureDataset(options.cacheDir, options.size);
  const timings = benchCitus(manifest, coordinator, server, options.rounds, log);
  if (resultsPath !== null) {
    writeCitusSection(resultsPath, timings, { date: new Date().toISOString(), machine: machineInfo(), size: options.size, rounds: options.rounds });
    log(`wrote the Citus section of ${resultsPath}`);
  }
  return `${answersLine(timings.engines)}\n\n${markdownTable(citusRows(timings))}`;
}
