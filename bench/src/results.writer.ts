import { writeFileSync } from 'node:fs';
import { SAMPLE_SEED } from './bench.sizes.js';
import type { BenchReport } from './bench.report.js';
import { datasetCounts, keepServerSections } from './results.sections.js';
import { markdownTable, resultRows } from './results.table.js';

/** bench/RESULTS.md: when and on what the run was made, the dataset, and the table; the PostgreSQL and Citus sections stay. */
export function writeResults(path: string, report: BenchReport): void {
  const { machine, size } = report;
  const counts = datasetCounts(size);
  const text = [
    '# hcdm benchmark results',
    '',
    `Written by \`pnpm bench\` (a full run) on ${report.date}.`,
    '',
    `- Machine: ${machine.cpus} CPUs (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGb} GB memory, ${machine.os}`,
    `- Node ${machine.node}; reference: ${report.shell === null ? 'no sqlite3 shell found' : `sqlite3 ${report.shell.version} (${report.shell.path})`}`,
    `- Dataset: ${counts} (@hcdm/sample, seed ${SAMPLE_SEED})`,
    `- ${report.rounds} rounds, the contenders alternating; medians. Times of imports and of \`hcdm query\` are whole processes;`,
    '  analyses are timed in process (hcdm\'s `db.query`, the shell\'s `.timer`), warm, one run after a warm-up.',
    '',
    markdownTable(resultRows(report)),
    '',
  ].join('\n');
  writeFileSync(path, keepServerSections(path, text));
}
