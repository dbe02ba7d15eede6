import type { ResultRow } from './bench.report.js';
import type { CitusTimings } from './citus.bench.js';
import { engineProcessRows, type EngineProcesses } from './analysis-processes.rows.js';
import { CITUS_SECTION, datasetCounts, type SectionContext, writeSection } from './results.sections.js';
import { allUnchanged, markdownTable, ms, rss } from './results.table.js';

/**
 * The Citus table: the imports on the cluster against the same on plain PostgreSQL, then every
 * command. No ratio is a target: on one machine the cluster's nodes share its CPUs, so the
 * figures say what distribution costs there, not what it gains on many machines. The one
 * target is the re-import's: everything unchanged, on both engines, in every round.
 */
export function citusRows(timings: CitusTimings): ResultRow[] {
  const { citusImports: citus, postgresImports: postgres } = timings;
  return [
    {
      measure: 'first import (validated, attributed, indexed) on Citus vs on PostgreSQL',
      hcdm: ms(citus.first),
      reference: ms(postgres.first),
      ratio: ms(citus.first) / ms(postgres.first),
      target: '-',
      peakRssMb: rss(citus.first),
      met: null,
    },
    {
      measure: 're-import of the same files on Citus vs on PostgreSQL (both, every round)',
      hcdm: ms(citus.again),
      reference: ms(postgres.again),
      ratio: ms(citus.again) / ms(postgres.again),
      target: 'all unchanged',
      peakRssMb: rss(citus.again),
      met: [citus, postgres].every(({ counts }) => counts.length > 0 && counts.every(({ first, again }) => allUnchanged(first, again))),
    },
    ...engineProcessRows(timings.engines, { measured: 'Citus', reference: 'PostgreSQL', limit: null }),
  ];
}

/** The commands whose printed answers (`--format json`) differ between the two engines in any round. */
export function differingAnswers({ commands }: EngineProcesses): string[] {
  return commands
    .filter(({ measured, reference }) => measured.some((run, round) => run.stdout !== reference[round]?.stdout))
    .map(({ command }) => command);
}

/** One line on the answers: all the same, or which differ. */
export function answersLine(engines: EngineProcesses): string {
  const differing = differingAnswers(engines);
  const total = engines.commands.length;
  if (differing.length === 0) return `Answers: each of the ${total} commands printed the same JSON on Citus as on PostgreSQL, every round.`;
  return `Answers: ${differing.length} of ${total} commands printed other JSON on Citus than on PostgreSQL: ${differing.map((command) => `"${command}"`).join(', ')}.`;
}

/** The Citus section of bench/RESULTS.md, replaced in place (the other runs keep theirs). */
export function writeCitusSection(path: string, timings: CitusTimings, context: SectionContext): void {
  const { machine, size } = context;
  const counts = datasetCounts(size);
  const body = [
    '## Citus',
    '',
    `\`pnpm bench --citus ${timings.coordinator} --db ${timings.postgres}\` on ${context.date}: Citus ${timings.citusVersion}`,
    `on PostgreSQL ${timings.serverVersion}, ${timings.workers} workers, ${timings.shards} shards per split table, beside PostgreSQL`,
    `${timings.postgresVersion}, all on the same machine (${machine.cpus} CPUs, ${machine.memoryGb} GB). Dataset: ${counts}.`,
    `${context.rounds} rounds, the engines alternating, each import into a new schema (Citus) or database (PostgreSQL), then`,
    'the same files again; medians of whole processes. The nodes of the cluster share the machine, so the ratios say what',
    'laying the data over workers costs here, not what it gains on machines of their own.',
    `Load average (1 min) ${timings.load[0].toFixed(1)} at the start, ${timings.load[1].toFixed(1)} at the end, on ${machine.cpus} CPUs.`,
    answersLine(timings.engines),
    '',
    markdownTable(citusRows(timings)),
  ].join('\n');
  writeSection(path, CITUS_SECTION, body);
}
