#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions } from './bench.options.js';
import { runBenchmark } from './bench.run.js';
import { markdownTable, resultRows } from './results.table.js';
import { writeResults } from './results.writer.js';

/**
 * `pnpm bench`: the full run (writes bench/RESULTS.md); `pnpm bench --smoke` for a quick one.
 * Options: --rounds N, --no-streaming (skip the 5M-call file), --no-results (leave RESULTS.md).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = benchOptions(process.argv.slice(2), {
  cacheDir: join(root, '.cache'),
  workDir: join(root, '.cache', 'work'),
  resultsPath: join(root, 'RESULTS.md'),
});
const report = await runBenchmark(options, (line) => process.stderr.write(`bench: ${line}\n`));
rmSync(options.workDir, { recursive: true, force: true });
process.stdout.write(`${markdownTable(resultRows(report))}\n`);
if (options.resultsPath !== null) {
  writeResults(options.resultsPath, report);
  process.stderr.write(`bench: wrote ${options.resultsPath}\n`);
}
