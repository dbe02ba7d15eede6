import { benchAnalysisProcesses, benchEngineProcesses } from './analysis-processes.bench.js';
import { analysisProcessRows, engineProcessRows } from './analysis-processes.rows.js';
import { markdownTable } from './results.table.js';

/** `--quick DB`: the SQLite database to run every command on, or null when not asked. */
export function quickDatabaseOf(args: readonly string[]): string | null {
  const index = args.indexOf('--quick');
  if (index === -1) return null;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error('--quick: needs an existing hcdm SQLite database (--quick /tmp/big.sqlite)');
  return value;
}

/**
 * `pnpm bench --quick DB [--db postgres://...] [--rounds N]`: every command of `help` as a
 * process on a database that already holds the data, to iterate on without importing; with
 * `--db` the same commands on that PostgreSQL database beside DB. Nothing is written.
 */
export function runQuick(sqlite: string, postgres: string | null, rounds: number, log: (line: string) => void): string {
  if (postgres !== null) return markdownTable(engineProcessRows(benchEngineProcesses(postgres, sqlite, rounds, log)));
  return markdownTable(analysisProcessRows(benchAnalysisProcesses(sqlite, rounds, log)));
}
