import type { PoolClient } from 'pg';
import type { DerivedColumns, ImportFile, ImportSpec, ReferenceSpec } from '../import.types.js';
import { classifySql, countChangesSql, mergeSql, recordCustomersSql } from '../merge.sql.js';
import type { RankedProblem } from '../ranked-problem.js';
import { findRepeatsSql, findUnknownSql, rejectRepeatsSql, rejectUnknownSql } from '../stage.sql.js';
import { queryRows } from './postgres.connection.js';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

interface StagedProblemRow {
  fileIndex: number;
  line: number;
  value: string;
}

interface RepeatRow extends StagedProblemRow {
  firstFileIndex: number;
  firstLine: number;
}

/**
 * The set-wise checks of stage.checks.ts, with the same SQL, over the PostgreSQL connection:
 * ids repeated inside the import, then references to rows that do not exist.
 */
export async function checkStageOnPostgres(
  client: PoolClient,
  spec: ImportSpec,
  files: readonly ImportFile[],
  references: readonly ReferenceSpec[],
): Promise<RankedProblem[]> {
  const order = (column: string) => spec.columns.findIndex((candidate) => candidate.column === column);
  const name = (column: string) => spec.columns[order(column)]?.field ?? column;
  const problems: RankedProblem[] = [];
  const add = (row: StagedProblemRow, column: string, reason: string) => {
    const problem = { file: files[row.fileIndex]?.path ?? '', line: row.line, field: name(column), reason, value: row.value };
    problems.push({ fileIndex: row.fileIndex, line: row.line, order: order(column), problem });
  };
  const repeats = await queryRows<RepeatRow>(client, findRepeatsSql(spec));
  for (const row of repeats) {
    const first = row.firstFileIndex === row.fileIndex ? `on line ${row.firstLine}` : `at ${files[row.firstFileIndex]?.path ?? ''}:${row.firstLine}`;
    add(row, spec.key, `repeats the id first seen ${first}`);
  }
  if (repeats.length > 0) await client.query(rejectRepeatsSql(spec));
  for (const reference of references) {
    const unknown = await queryRows<StagedProblemRow>(client, findUnknownSql(spec, reference));
    for (const row of unknown) add(row, reference.column, `is not a known ${reference.noun}`);
    if (unknown.length > 0) await client.query(rejectUnknownSql(spec, reference));
  }
  return problems;
}

/** The merge of stage.merge.ts on PostgreSQL: classify, count, record customers, upsert, with the same SQL. */
export async function mergeStageOnPostgres(
  client: PoolClient,
  spec: ImportSpec,
  changedCustomersTable?: string,
  derived?: DerivedColumns,
): Promise<MergeCounts> {
  for (const sql of classifySql(spec)) await client.query(sql);
  const counts = { insert: 0, update: 0, same: 0 };
  for (const row of await queryRows<{ change: 'insert' | 'update' | null; rows: number }>(client, countChangesSql(spec))) {
    counts[row.change ?? 'same'] = Number(row.rows);
  }
  if (spec.customerColumn !== undefined && changedCustomersTable !== undefined) {
    await client.query(recordCustomersSql(spec, spec.customerColumn, changedCustomersTable));
  }
  if (counts.insert + counts.update > 0) await client.query(mergeSql(spec, derived));
  return { inserted: counts.insert, updated: counts.update, unchanged: counts.same };
}
