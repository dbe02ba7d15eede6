import type { ResultRow } from './bench.report.js';
import type { PostgresTimings } from './postgres.bench.js';
import { allUnchanged, markdownTable, ms, rss } from './results.table.js';
import { engineProcessRows } from './analysis-processes.rows.js';
import { datasetCounts, POSTGRES_SECTION, type SectionContext, writeSection } from './results.sections.js';

/** hcdm's import may take at most this many times psql's \copy of the same files (issue 5). */
const IMPORT_LIMIT = 2;

/** The PostgreSQL table: import vs psql \copy, re-import, and the query processes. */
export function postgresRows(timings: PostgresTimings): ResultRow[] {
  const hcdm = ms(timings.hcdm);
  const reference = ms(timings.reference);
  const ratio = hcdm / reference;
  const unchanged = allUnchanged(timings.firstCounts, timings.reimportCounts);
  const reimport = ms(timings.reimport);
  return [
    {
      measure: 'import (validated, attributed, indexed) vs psql \\copy',
      hcdm,
      reference,
      ratio,
      target: `<= ${IMPORT_LIMIT}x`,
      peakRssMb: rss(timings.hcdm),
      met: ratio <= IMPORT_LIMIT,
    },
    {
      measure: 're-import of the same files (all unchanged) vs hcdm first import',
      hcdm: reimport,
      reference: hcdm,
      ratio: reimport / hcdm,
      target: 'all unchanged',
      peakRssMb: rss(timings.reimport),
      met: unchanged,
    },
    {
      measure: "for scale: PostgreSQL alone loading the rows hcdm wrote (COPY) and building hcdm's keys and indexes vs psql \\copy",
      hcdm: ms(timings.postgresAlone),
      reference,
      ratio: ms(timings.postgresAlone) / reference,
      target: '-',
      peakRssMb: null,
      met: null,
    },
    {
      measure: 'for scale: hcdm import of the same files into SQLite, same rounds',
      hcdm: ms(timings.sqlite),
      reference: reference,
      ratio: ms(timings.sqlite) / reference,
      target: '-',
      peakRssMb: rss(timings.sqlite),
      met: null,
    },
    ...timings.queries.map(({ command, runs }) => ({
      measure: `hcdm query "${command}" (process)`,
      hcdm: ms(runs),
      reference: null,
      ratio: null,
      target: '-',
      peakRssMb: rss(runs),
      met: null,
    })),
    ...engineProcessRows(timings.engines),
  ];
}

/** The PostgreSQL section of bench/RESULTS.md, replaced in place (the SQLite run keeps the rest). */
export function writePostgresSection(path: string, timings: PostgresTimings, context: SectionContext): void {
  const { machine, size } = context;
  const counts = datasetCounts(size);
  const body = [
    '## PostgreSQL',
    '',
    `\`pnpm bench --db ${timings.server}\` on ${context.date}: PostgreSQL ${timings.serverVersion} on the same machine`,
    `(${machine.cpus} CPUs, ${machine.memoryGb} GB), reference ${timings.psqlVersion}. Dataset: ${counts}.`,
    `${context.rounds} rounds, the contenders alternating, each into a new database; medians of whole processes.`,
    `Load average (1 min) ${timings.load[0].toFixed(1)} at the start, ${timings.load[1].toFixed(1)} at the end, on ${machine.cpus} CPUs.`,
    'The reference copies the files as they are into tables with the same columns and primary keys; hcdm parses and',
    'checks every field, normalizes phones, attributes every call and SMS and builds every index and foreign key.',
    '',
    markdownTable(postgresRows(timings)),
  ].join('\n');
  writeSection(path, POSTGRES_SECTION, body);
}
