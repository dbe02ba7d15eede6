import type { DerivedColumns, ImportSpec } from './import.types.js';
import { classifySql, countChangesSql, mergeSql, recordCustomersSql } from './merge.sql.js';
import type { SqliteDatabase } from './sqlite.connection.js';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Merges the good staged rows into the target table: classify each as insert, update or same,
 * record the customers whose attribution may change, then one upsert of the inserts and updates.
 */
export function mergeStage(db: SqliteDatabase, spec: ImportSpec, changedCustomersTable?: string, derived?: DerivedColumns): MergeCounts {
  for (const sql of classifySql(spec)) db.prepare(sql).run();
  const counts = { insert: 0, update: 0, same: 0 };
  for (const row of db.prepare(countChangesSql(spec)).all() as { change: 'insert' | 'update' | null; rows: number }[]) {
    counts[row.change ?? 'same'] = row.rows;
  }
  if (spec.customerColumn !== undefined && changedCustomersTable !== undefined) {
    db.prepare(recordCustomersSql(spec, spec.customerColumn, changedCustomersTable)).run();
  }
  if (counts.insert + counts.update > 0) db.prepare(mergeSql(spec, derived)).run();
  return { inserted: counts.insert, updated: counts.update, unchanged: counts.same };
}
