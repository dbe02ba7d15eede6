import type { DerivedColumns, ImportSpec } from './import.types.js';
import type { StagedSql } from './dialect/import-dialect.js';
import { stageTable, targetColumns } from './stage.sql.js';

/*
 * Classifying and merging good staged rows. A row is an insert (new key), an update (known key,
 * some value differs) or the same; only inserts and updates are written, so re-importing the
 * same data rewrites nothing. Names come from the specs, checked by checkSqlNames.
 */

/** Whether row `left` and row `right` differ in any column but the key (IS DISTINCT FROM: NULLs compare). */
export function differs(spec: ImportSpec, left: string, right: string): string {
  const columns = spec.columns.filter((column) => column.column !== spec.key);
  if (columns.length === 0) return 'false';
  return columns.map((column) => `${left}.${column.column} IS DISTINCT FROM ${right}.${column.column}`).join(' OR ');
}

/**
 * Classifies the good staged rows by two set-wise statements that write only the rows that
 * change: known keys whose values differ become updates, unknown keys inserts; a row left
 * without a change (NULL) is the same as stored. SQLite and PostgreSQL run these (StagedSql.classify).
 * (SQLite once wrote a class into every staged row, one correlated probe each: a re-import of a
 * million unchanged rows rewrote a million staged rows, about 0.25 s more per million than
 * probing alone.)
 */
export function classifySql(spec: ImportSpec): string[] {
  const stage = stageTable(spec);
  return [
    `UPDATE ${stage} SET change = 'update' FROM ${spec.table} t
      WHERE t.${spec.key} = ${stage}.${spec.key} AND ${stage}.ok = 1 AND (${differs(spec, 't', stage)})`,
    `UPDATE ${stage} SET change = 'insert'
      WHERE ok = 1 AND NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE t.${spec.key} = ${stage}.${spec.key})`,
  ];
}

/** Good staged rows by class: 'insert', 'update', or NULL for the same as stored. */
export function countChangesSql(spec: ImportSpec): string {
  return `SELECT change, COUNT(*) AS rows FROM ${stageTable(spec)} WHERE ok = 1 GROUP BY change`;
}

/** Customers of inserted rows, and of updated rows both before and after (a lead may move). */
export function recordCustomersSql(spec: ImportSpec, customerColumn: string, table: string): string {
  const stage = stageTable(spec);
  return `INSERT INTO ${table} (customer_id)
    SELECT customer_id FROM (
      SELECT s.${customerColumn} AS customer_id FROM ${stage} s WHERE s.change IN ('insert', 'update')
      UNION
      SELECT t.${customerColumn} FROM ${spec.table} t JOIN ${stage} s ON s.${spec.key} = t.${spec.key}
        WHERE s.change = 'update'
    ) changed WHERE true
    ON CONFLICT (customer_id) DO NOTHING`;
}

/** The column naming a row's customer, for recording what an import touched: the customers' own key for customers. */
export function touchedCustomerColumn(spec: ImportSpec): string | undefined {
  return spec.customerColumn ?? (spec.kind === 'customers' ? spec.key : undefined);
}

/** The earliest and latest `column` of the inserted rows and of the updated rows before and after (low, high: null when none). */
export function changedSpanSql(spec: ImportSpec, column: string): string {
  const stage = stageTable(spec);
  return `SELECT MIN(at) AS low, MAX(at) AS high FROM (
      SELECT s.${column} AS at FROM ${stage} s WHERE s.change IN ('insert', 'update')
      UNION ALL
      SELECT t.${column} FROM ${spec.table} t JOIN ${stage} s ON s.${spec.key} = t.${spec.key} WHERE s.change = 'update'
    ) changed`;
}

/** The earliest and latest `column` of the whole table (low, high): after a load into an empty table, all of its rows are new. */
export function tableSpanSql(spec: ImportSpec, column: string): string {
  return `SELECT MIN(${column}) AS low, MAX(${column}) AS high FROM ${spec.table}`;
}

/** Every customer of the target table: after a load into an empty table, all of its rows are new. */
export function recordAllCustomersSql(spec: ImportSpec, customerColumn: string, table: string): string {
  return `INSERT INTO ${table} (customer_id)
    SELECT DISTINCT ${customerColumn} FROM ${spec.table} WHERE true
    ON CONFLICT (customer_id) DO NOTHING`;
}

/** Inserts and updates, with their derived values; a row only derived values would change is left alone. */
export function mergeSql(spec: ImportSpec, sql: StagedSql, derived?: DerivedColumns): string {
  const columns = targetColumns(spec, derived);
  const conflict = sql.conflictColumns(spec);
  const updates = columns.filter((column) => !conflict.includes(column)).map((column) => `${column} = excluded.${column}`);
  const action = updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')} WHERE ${differs(spec, spec.table, 'excluded')}`;
  return `INSERT INTO ${spec.table} (${columns.join(', ')})
    SELECT ${columns.join(', ')} FROM ${stageTable(spec)} WHERE change IN ('insert', 'update') ORDER BY seq
    ON CONFLICT (${conflict.join(', ')}) ${action}`;
}
