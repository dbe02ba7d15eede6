import type { Dialect } from '@hcdm/core';
import type { ImportDialect, StagedSql } from './dialect/import-dialect.js';
import type { DerivedColumns, ImportSpec, ReferenceSpec, SqlColumnType } from './import.types.js';

/**
 * The SQL of the staging step, built from an ImportSpec. Names come from the specs (constants,
 * checked once by checkSqlNames); values are always bound parameters. Written once for both
 * engines (their few differences asked of the dialect); quoted aliases keep the case the callers
 * read on PostgreSQL.
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Refuses a spec or table name that is not a plain SQL identifier, before any SQL is built. */
export function checkSqlNames(spec: ImportSpec, ...tables: readonly string[]): void {
  const names = [
    spec.kind,
    spec.table,
    spec.key,
    ...spec.columns.map((column) => column.column),
    ...spec.references.flatMap((reference) => [reference.column, reference.table, reference.key]),
    ...(spec.customerColumn === undefined ? [] : [spec.customerColumn]),
    ...tables,
  ];
  const bad = names.find((name) => !IDENTIFIER.test(name));
  if (bad !== undefined) throw new Error(`import spec ${spec.kind}: bad SQL name ${bad}`);
}

export function stageTable(spec: ImportSpec): string {
  return `hcdm_stage_${spec.kind}`;
}

/**
 * Staged rows: their values, derived values, where each came from, whether it is good so far,
 * what merging it would do. `seq` is the order rows were staged in: SQLite's rowid, or on
 * PostgreSQL numbered by the server in COPY order; there the table is dropped with the
 * transaction at the latest, and its text has the target columns' collation (textColumnType),
 * so keys compare without a collation conflict.
 */
export function createStageSql(spec: ImportSpec, dialect: ImportDialect, derived?: DerivedColumns): string {
  const columns = [...spec.columns.map((column) => ({ column: column.column, sqlType: column.parser.sqlType })), ...(derived?.columns ?? [])];
  const typeOf = (type: SqlColumnType) => (type === 'varchar' ? dialect.textColumnType : type);
  const typed = columns.map((column) => `${column.column} ${typeOf(column.sqlType)}`).join(', ');
  const { column: seq, onCommit } = dialect.stageSequence;
  return `CREATE TEMP TABLE ${stageTable(spec)} (seq ${seq}, file_index integer NOT NULL, line integer NOT NULL,
       ok integer NOT NULL, change ${dialect.textColumnType}, ${typed})${onCommit}`;
}

/** Built once the rows are in: cheaper than keeping it up to date row by row. */
export function indexStageSql(spec: ImportSpec): string {
  const stage = stageTable(spec);
  return `CREATE INDEX ${stage}_key ON ${stage} (${spec.key}, seq)`;
}

/** Qualified as a temporary table, so that it can never drop a table of the database itself. */
export function dropStageSql(spec: ImportSpec, dialect: Dialect): string {
  return `DROP TABLE IF EXISTS ${dialect.tempTableName(stageTable(spec))}`;
}

/** The target table's columns a row of `spec` fills: its own, then the derived ones. */
export function targetColumns(spec: ImportSpec, derived?: DerivedColumns): string[] {
  return [...spec.columns.map((column) => column.column), ...(derived?.columns ?? []).map((column) => column.column)];
}

/** The columns a staged row is inserted with, in the order of the staged row layout. */
export function stageColumns(spec: ImportSpec, derived?: DerivedColumns): string[] {
  return ['file_index', 'line', 'ok', ...targetColumns(spec, derived)];
}

/** Keys staged more than once, with the first row of each; the index on (key, seq) makes it one scan. */
function repeatedKeys(spec: ImportSpec): string {
  return `SELECT ${spec.key} AS repeated, MIN(seq) AS first_seq FROM ${stageTable(spec)} GROUP BY ${spec.key} HAVING COUNT(*) > 1`;
}

/** Each staged row whose key an earlier staged row already has, with where that first row is. */
export function findRepeatsSql(spec: ImportSpec): string {
  const stage = stageTable(spec);
  return `SELECT s.file_index AS "fileIndex", s.line AS line, s.${spec.key} AS value, f.file_index AS "firstFileIndex", f.line AS "firstLine"
    FROM (${repeatedKeys(spec)}) r
      JOIN ${stage} s ON s.${spec.key} = r.repeated AND s.seq > r.first_seq
      JOIN ${stage} f ON f.seq = r.first_seq`;
}

export function rejectRepeatsSql(spec: ImportSpec): string {
  const stage = stageTable(spec);
  return `UPDATE ${stage} SET ok = 0
    WHERE seq IN (SELECT s.seq FROM (${repeatedKeys(spec)}) r JOIN ${stage} s ON s.${spec.key} = r.repeated AND s.seq > r.first_seq)`;
}

/** Staged rows naming a row of another table that does not exist (nor was merged earlier in this import). */
export function findUnknownSql(spec: ImportSpec, reference: ReferenceSpec, sql: StagedSql): string {
  return `SELECT s.file_index AS "fileIndex", s.line AS line, s.${reference.column} AS value
    FROM ${stageTable(spec)} s WHERE ${sql.unknown(spec, reference, 's')}`;
}

export function rejectUnknownSql(spec: ImportSpec, reference: ReferenceSpec, sql: StagedSql): string {
  const stage = stageTable(spec);
  return `UPDATE ${stage} SET ok = 0 WHERE ${sql.unknown(spec, reference, stage)}`;
}

/** The default of StagedSql.unknown: `row` names a value of `reference.column` that `reference.table` has no row of. */
export function unknownReferenceCondition(reference: ReferenceSpec, row: string): string {
  return `${row}.${reference.column} IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM ${reference.table} r WHERE r.${reference.key} = ${row}.${reference.column})`;
}

/**
 * Whether any row of the target table names a row of another table that does not exist. Both
 * tables are the database's own (on Citus, split alike or copied), so NOT EXISTS runs everywhere.
 */
export function hasUnknownReferenceSql(spec: ImportSpec, reference: ReferenceSpec): string {
  return `SELECT 1 AS unknown FROM ${spec.table} t WHERE ${unknownReferenceCondition(reference, 't')} LIMIT 1`;
}
