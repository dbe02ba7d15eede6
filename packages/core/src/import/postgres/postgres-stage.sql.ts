import { tempTableName, textColumnType } from '../../sql-dialect.js';
import type { DerivedColumns, ImportSpec, SqlColumnType } from '../import.types.js';
import { stageTable } from '../stage.sql.js';

/**
 * The staging table on PostgreSQL: the columns of SQLite's (stage.sql.ts), with `seq` numbered
 * by the server in COPY order, text in the "C" collation of the target columns (so keys compare
 * without a collation conflict), and dropped with the transaction at the latest.
 */
export function createStageSqlOnPostgres(spec: ImportSpec, derived?: DerivedColumns): string {
  const columns = [...spec.columns.map((column) => ({ column: column.column, sqlType: column.parser.sqlType })), ...(derived?.columns ?? [])];
  const typed = columns.map((column) => `${column.column} ${postgresType(column.sqlType)}`);
  return `CREATE TEMP TABLE ${stageTable(spec)} (seq bigint GENERATED ALWAYS AS IDENTITY, file_index integer NOT NULL,
    line integer NOT NULL, ok integer NOT NULL, change ${textColumnType('postgres')}, ${typed.join(', ')}) ON COMMIT DROP`;
}

export function dropStageSqlOnPostgres(spec: ImportSpec): string {
  return `DROP TABLE IF EXISTS ${tempTableName('postgres', stageTable(spec))}`;
}

function postgresType(type: SqlColumnType): string {
  return type === 'varchar' ? textColumnType('postgres') : type;
}
