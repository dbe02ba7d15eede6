import type { PoolClient } from 'pg';
import type { DerivedColumns, ImportFile, ImportSpec } from '../import.types.js';
import { classifySql, countChangesSql, mergeSql, recordCustomersSql } from '../merge.sql.js';
import type { RankedProblem } from '../ranked-problem.js';
import { findRepeatsSql, findUnknownSql, rejectRepeatsSql, rejectUnknownSql } from '../stage.sql.js';
import { queryRows } from './postgres.connection.js';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** PostgreSQL folds unquoted aliases to lower case: `fileIndex` comes back as `fileindex`. */
function field(row: Record<string, unknown>, name: string): unknown {
  return row[name] ?? row[name.toLowerCase()];
}

/**
 * The set-wise checks of stage.checks.ts, with the same SQL, over the PostgreSQL connection:
 * ids repeated inside the import, then references to rows that do not exist.
 */
export async function checkStageOnPostgres(client: PoolClient, spec: ImportSpec, files: readonly ImportFile[]): Promise<RankedProblem[]> {
  const order = (column: string) => spec.columns.findIndex((candidate) => candidate.column === column);
  const name = (column: string) => spec.columns[order(column)]?.field ?? column;
  const problems: RankedProblem[] = [];
  const add = (row: Record<string, unknown>, column: string, reason: string) => {
    const fileIndex = Number(field(row, 'fileIndex'));
    const line = Number(field(row, 'line'));
    const problem = { file: files[fileIndex]?.path ?? '', line, field: name(column), reason, value: String(field(row, 'value')) };
    problems.push({ fileIndex, line, order: order(column), problem });
  };
  const repeats = await queryRows<Record<string, unknown>>(client, findRepeatsSql(spec));
  for (const row of repeats) {
    const [firstFile, firstLine] = [Number(field(row, 'firstFileIndex')), Number(field(row, 'firstLine'))];
    const first = firstFile === Number(field(row, 'fileIndex')) ? `on line ${firstLine}` : `at ${files[firstFile]?.path ?? ''}:${firstLine}`;
    add(row, spec.key, `repeats the id first seen ${first}`);
  }
  if (repeats.length > 0) await client.query(rejectRepeatsSql(spec));
  for (const reference of spec.references) {
    const unknown = await queryRows<Record<string, unknown>>(client, findUnknownSql(spec, reference));
    for (const row of unknown) add(row, reference.column, `is not a known ${reference.noun}`);
    if (unknown.length > 0) await client.query(rejectUnknownSql(spec, reference));
  }
  return problems;
}

/** The merge of stage.merge.ts, with the same SQL: classify, count, record customers, upsert. */
export async function mergeStageOnPostgres(
  client: PoolClient,
  spec: ImportSpec,
  changedCustomersTable?: string,
  derived?: DerivedColumns,
): Promise<MergeCounts> {
  await client.query(classifySql(spec));
  const counts = { insert: 0, update: 0, same: 0 };
  for (const row of await queryRows<{ change: keyof typeof counts; rows: string }>(client, countChangesSql(spec))) {
    counts[row.change] = Number(row.rows);
  }
  if (spec.customerColumn !== undefined && changedCustomersTable !== undefined) {
    await client.query(recordCustomersSql(spec, spec.customerColumn, changedCustomersTable));
  }
  if (counts.insert + counts.update > 0) await client.query(mergeSql(spec, derived));
  return { inserted: counts.insert, updated: counts.update, unchanged: counts.same };
}
