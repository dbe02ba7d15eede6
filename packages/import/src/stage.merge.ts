import type { DerivedColumns, ImportSpec } from './import.types.js';
import { countChangesSql, mergeSql, recordCustomersSql } from './merge.sql.js';
import type { ImportConnection, StagedSql } from './dialect/import-dialect.js';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
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
  changedCustomersTable?: string,
  derived?: DerivedColumns,
): Promise<MergeCounts> {
  for (const statement of sql.classify(spec)) await db.run(statement);
  const counts = { insert: 0, update: 0, same: 0 };
  for (const row of await db.all<{ change: 'insert' | 'update' | null; rows: number | string }>(countChangesSql(spec))) {
    counts[row.change ?? 'same'] = Number(row.rows);
  }
  if (spec.customerColumn !== undefined && changedCustomersTable !== undefined) {
    await db.run(recordCustomersSql(spec, spec.customerColumn, changedCustomersTable));
  }
  if (counts.insert + counts.update > 0) {
    for (const statement of sql.beforeUpsert(spec)) await db.run(statement);
    await db.run(mergeSql(spec, sql, derived));
  }
  return { inserted: counts.insert, updated: counts.update, unchanged: counts.same };
}
