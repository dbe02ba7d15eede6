import type { DerivedColumns, ImportSpec } from './import.types.js';
import { changedSpanSql, countChangesSql, mergeSql, recordCustomersSql, touchedCustomerColumn } from './merge.sql.js';
import type { InstantSpan } from '@hcdm/core';
import type { ImportConnection, StagedSql } from './dialect/import-dialect.js';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** With `instantColumn` given: the span of the instants of the rows written, before and after; null when none. */
  readonly instants: InstantSpan | null;
}

/** Where the merge records what it changes. */
export interface MergeRecording {
  /** Collects the customers whose attribution may change. */
  readonly changedCustomersTable?: string;
  /** Collects the customers of every row written, before and after. */
  readonly touchedCustomersTable?: string;
  /** The instant column whose span of written values to answer. */
  readonly instantColumn?: string;
}

/**
 * Merges the good staged rows into the target table: classify each as insert, update or same,
 * record the customers whose attribution may change, then one upsert of the inserts and updates.
 * The same on both engines (PostgreSQL's counts come back as text, hence Number).
 */
export async function mergeStage(
  db: Pick<ImportConnection, 'all' | 'run'>,
  spec: ImportSpec,
  sql: StagedSql,
  recording: MergeRecording,
  derived?: DerivedColumns,
): Promise<MergeCounts> {
  const { changedCustomersTable, touchedCustomersTable, instantColumn } = recording;
  for (const statement of sql.classify(spec)) await db.run(statement);
  const counts = { insert: 0, update: 0, same: 0 };
  for (const row of await db.all<{ change: 'insert' | 'update' | null; rows: number | string }>(countChangesSql(spec))) {
    counts[row.change ?? 'same'] = Number(row.rows);
  }
  if (spec.customerColumn !== undefined && changedCustomersTable !== undefined) {
    await db.run(recordCustomersSql(spec, spec.customerColumn, changedCustomersTable));
  }
  const touchedColumn = touchedCustomerColumn(spec);
  if (touchedColumn !== undefined && touchedCustomersTable !== undefined) await db.run(recordCustomersSql(spec, touchedColumn, touchedCustomersTable));
  const instants = instantColumn === undefined || counts.insert + counts.update === 0 ? null : await spanOf(db, changedSpanSql(spec, instantColumn));
  if (counts.insert + counts.update > 0) {
    for (const statement of sql.beforeUpsert(spec)) await db.run(statement);
    await db.run(mergeSql(spec, sql, derived));
  }
  return { inserted: counts.insert, updated: counts.update, unchanged: counts.same, instants };
}

/** A span statement's row (low, high) as a span: null when it covers no row. */
export async function spanOf(db: Pick<ImportConnection, 'all'>, sql: string): Promise<InstantSpan | null> {
  const [row] = await db.all<{ low: number | string | null; high: number | string | null }>(sql);
  if (row === undefined || row.low === null || row.high === null) return null;
  return { from: Number(row.low), to: Number(row.high) };
}
