#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions } from './bench.options.js';
import { citusUrlOf, runCitusBenchmark } from './citus.run.js';
import { runBenchmark } from './bench.run.js';
import { postgresUrlOf, runPostgresBenchmark } from './postgres.run.js';
import { quickDatabaseOf, runQuick } from './quick.run.js';
import { markdownTable, resultRows } from './results.table.js';
import { writeResults } from './results.writer.js';

/**
 * `pnpm bench`: the full run (writes bench/RESULTS.md); `pnpm bench --smoke` for a quick one.
 * Options: --rounds N, --no-streaming (skip the 5M-call file), --no-results (leave RESULTS.md),
 * --db postgres://... (the import on that server against psql's \copy instead), --quick DB (every
 * command as a process on an existing database, nothing imported or written; with --db, beside it),
 * --citus postgres://... with --db postgres://... (hcdm on a Citus cluster beside plain PostgreSQL;
 * RESULTS.md's Citus section at any --scale).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = benchOptions(process.argv.slice(2), {
  cacheDir: join(root, '.cache'),
  workDir: join(root, '.cache', 'work'),
  resultsPath: join(root, 'RESULTS.md'),
});
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const postgres = postgresUrlOf(process.argv.slice(2));
const quick = quickDatabaseOf(process.argv.slice(2));
if (quick !== null) {
  process.stdout.write(`${runQuick(quick, postgres, options.rounds, log)}\n`);
  process.exit(0);
}
const citus = citusUrlOf(process.argv.slice(2));
if (citus !== null) {
  const args = process.argv.slice(2);
  const resultsPath = args.includes('--smoke') || args.includes('--no-results') ? null : join(root, 'RESULTS.md');
  process.stdout.write(`${await runCitusBenchmark(citus, postgres, options, resultsPath, log)}\n`);
  process.exit(0);
}
if (postgres !== null) {
  // --db postgres://...: hcdm on that server side by side with psql \copy (RESULTS.md's PostgreSQL section).
  process.stdout.write(`${await runPostgresBenchmark(postgres, options, log)}\n`);
  process.exit(0);
}
const report = await runBenchmark(options, log);
rmSync(options.workDir, { recursive: true, force: true });
process.stdout.write(`${markdownTable(resultRows(report))}\n`);
if (options.resultsPath !== null) {
  writeResults(options.resultsPath, report);
  process.stderr.write(`bench: wrote ${options.resultsPath}\n`);
}
