import type { BenchReport, ResultRow } from './bench.report.js';
import type { KindCounts } from '@hcdm/import';
import type { MeasuredRun } from './process.measure.js';
import { maxKnown, median } from './stats.js';
import { analysisProcessRows } from './analysis-processes.rows.js';
import { sameRows } from './populated.bench.js';

/** Peak RSS the import must stay under, with any file size (issue 4). */
const RSS_LIMIT_MB = 200;

/** `hcdm query` from process start to printed answer (issue 4). */
const QUERY_PROCESS_LIMIT_MS = 300;

/** The median wall time of runs, and their peak RSS (null where none was measured). */
export const ms = (runs: readonly MeasuredRun[]) => median(runs.map((run) => run.ms));
export const rss = (runs: readonly MeasuredRun[]) => maxKnown(runs.map((run) => run.peakRssMb));

/** Whether a re-import found every row of the first import unchanged, and nothing else, in all five kinds. */
export function allUnchanged(first: Record<string, KindCounts>, again: Record<string, KindCounts>): boolean {
  const kinds = Object.keys(first);
  return kinds.length === 5 && kinds.every((kind) => {
    const counts = again[kind];
    return counts !== undefined && counts.unchanged === first[kind]?.inserted && counts.inserted + counts.updated + counts.rejected === 0;
  });
}

function ratioRow(measure: string, hcdm: number, reference: number | null, limit: number, peakRssMb: number | null = null): ResultRow {
  const ratio = reference === null ? null : hcdm / reference;
  const rssOk = peakRssMb === null || peakRssMb <= RSS_LIMIT_MB;
  const rssTarget = peakRssMb === null ? '' : `, RSS <= ${RSS_LIMIT_MB} MB`;
  return { measure, hcdm, reference, ratio, target: `<= ${limit}x${rssTarget}`, peakRssMb, met: ratio === null ? null : ratio <= limit && rssOk };
}

/** The table of the targets: medians, ratios to the reference, peak RSS, met or not. */
export function resultRows(report: BenchReport): ResultRow[] {
  const { imports, queries, streaming } = report;
  const reference = imports.reference.length > 0 ? ms(imports.reference) : null;
  const rows: ResultRow[] = [
    ratioRow('import (validated, attributed, indexed) vs sqlite3 .import', ms(imports.hcdm), reference, 1.6, rss(imports.hcdm)),
    reimportRow(report),
    // Issue 12: finding customers by phone costs at most 15% over naming them by id.
    ratioRow('import with calls and SMS keyed by phone (3 spellings) vs keyed by id', ms(imports.phoneKeyed), ms(imports.hcdm), 1.15, rss(imports.phoneKeyed)),
  ];
  const floor = imports.sqliteAlone.length > 0 ? ms(imports.sqliteAlone) : null;
  // Issue 14: the first import within 1.3x of SQLite alone writing the same rows and indexes.
  rows.push(ratioRow('import vs SQLite alone writing the same rows and indexes (the floor below)', ms(imports.hcdm), floor, 1.3));
  rows.push(...populatedRows(report));
  if (floor !== null) {
    // Not a target: how much of the import's time SQLite itself needs for what hcdm writes.
    const measure = 'for scale: SQLite alone writing the same rows and indexes (INSERT ... SELECT, nothing parsed) vs sqlite3 .import';
    rows.push({ measure, hcdm: floor, reference, ratio: reference === null ? null : floor / reference, target: '-', peakRssMb: null, met: null });
  }
  for (const analysis of queries.analyses) {
    const name = `${analysis.name}${analysis.withPeriod ? ', with a period' : ''} vs reference SQL`;
    const referenceMs = analysis.referenceMs.length > 0 ? median(analysis.referenceMs) : null;
    rows.push(ratioRow(name, median(analysis.hcdmMs), referenceMs, analysis.withPeriod ? 1 : 0.5));
  }
  for (const { command, runs } of queries.processes) {
    const hcdm = ms(runs);
    const peak = rss(runs);
    rows.push({ measure: `hcdm query "${command}" (process)`, hcdm, reference: null, ratio: null, target: `<= ${QUERY_PROCESS_LIMIT_MS} ms`, peakRssMb: peak, met: hcdm <= QUERY_PROCESS_LIMIT_MS });
  }
  if (report.analysisProcesses) rows.push(...analysisProcessRows(report.analysisProcesses));
  if (streaming !== null) {
    const calls = streaming.calls.toLocaleString('en-US');
    const imported = streaming.counts.calls?.inserted === streaming.calls;
    const importRss = streaming.import.peakRssMb;
    rows.push(rssRow(`import of a ${calls}-call file (streaming)`, streaming.import, imported && (importRss === null || importRss <= RSS_LIMIT_MB)));
    const rejected = streaming.messageNamesLine && streaming.nothingWritten;
    rows.push(rssRow(`same file, bad row on line ${streaming.badLine}: names it, writes nothing`, streaming.badRow, rejected && (streaming.badRow.peakRssMb ?? 0) <= RSS_LIMIT_MB));
  }
  return rows;
}

/**
 * Issue 14: the second half of the dataset into a database holding the first at most 1.25x the
 * same files into an empty one (the same rows written), and a weekly batch into the database
 * holding the rest at most 0.1x the full first import (nothing rejected or updated).
 */
function populatedRows({ imports, populated }: BenchReport): ResultRow[] {
  const halves = ratioRow(
    'import into a populated database (second half by id into the first) vs into an empty one',
    ms(populated.populated),
    ms(populated.emptyHalf),
    1.25,
    rss(populated.populated),
  );
  const weekly = ratioRow('weekly batch (last 1/52 by time) into the database holding the rest vs the full first import', ms(populated.weekly), ms(imports.hcdm), 0.1, rss(populated.weekly));
  const weeklyClean = Object.values(populated.weeklyCounts).every((counts) => counts.updated + counts.rejected === 0);
  return [
    { ...halves, met: halves.met === true && sameRows(populated.populatedCounts, populated.emptyHalfCounts) },
    { ...weekly, met: weekly.met === true && weeklyClean && Object.keys(populated.weeklyCounts).length === 5 },
  ];
}

/** The re-import must be no slower than the first import and report every row unchanged. */
function reimportRow({ imports }: BenchReport): ResultRow {
  const row = ratioRow('re-import of the same files (all unchanged) vs hcdm first import', ms(imports.reimport), ms(imports.hcdm), 1, rss(imports.reimport));
  return { ...row, met: row.met === true && allUnchanged(imports.firstCounts, imports.reimportCounts) };
}

function rssRow(measure: string, run: MeasuredRun, met: boolean): ResultRow {
  return { measure, hcdm: run.ms, reference: null, ratio: null, target: `RSS <= ${RSS_LIMIT_MB} MB`, peakRssMb: run.peakRssMb, met };
}

const HEADERS = ['measure', 'hcdm (median)', 'reference (median)', 'ratio', 'target', 'hcdm peak RSS', 'met'];

/** The rows as cells of text, in the order of HEADERS. */
export function cellsOf(row: ResultRow): string[] {
  return [
    row.measure,
    formatMs(row.hcdm),
    row.reference === null ? '-' : formatMs(row.reference),
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)}x`,
    row.target,
    row.peakRssMb === null ? '-' : `${Math.round(row.peakRssMb)} MB`,
    row.met === null ? 'n/a' : row.met ? 'yes' : 'NO',
  ];
}

/** A Markdown table of the rows (also readable as plain text on a terminal). */
export function markdownTable(rows: readonly ResultRow[]): string {
  const lines = [HEADERS, HEADERS.map(() => '---'), ...rows.map(cellsOf)];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function formatMs(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}
