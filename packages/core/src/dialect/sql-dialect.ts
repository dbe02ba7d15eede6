import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * hcdm's SQL is written once, to what SQLite and PostgreSQL both understand. The few places
 * where the two differ ask this module, so each difference is decided in one place.
 */
export type SqlDialect = 'sqlite' | 'postgres';

type HasDriver = Pick<DataSource, 'driver'>;

/** The dialect of a data source, an entity manager or a migration's query runner. */
export function dialectOf(source: HasDriver | EntityManager | QueryRunner): SqlDialect {
  const connection = 'driver' in source ? source : (source as EntityManager | QueryRunner).connection;
  const type = connection.driver.options.type;
  if (type === 'better-sqlite3') return 'sqlite';
  // CockroachDB speaks PostgreSQL's SQL for everything hcdm writes.
  if (type === 'postgres' || type === 'cockroachdb') return 'postgres';
  throw new Error(`hcdm runs on SQLite or PostgreSQL, not ${String(type)}`);
}

/**
 * A temporary table's qualified name, so a DROP can only ever reach the temporary table and
 * never a same-named table of the database (SQLite's schema is `temp`, PostgreSQL's `pg_temp`).
 */
export function tempTableName(dialect: SqlDialect, table: string): string {
  return `${dialect === 'sqlite' ? 'temp' : 'pg_temp'}.${table}`;
}

/**
 * The type of text columns. PostgreSQL sorts text by the database's locale (`en_US`: case and
 * punctuation folded), SQLite by bytes; with the "C" collation PostgreSQL sorts by bytes too,
 * so ties "by id, ascending" and every ORDER BY come out the same on both.
 */
export function textColumnType(dialect: SqlDialect): string {
  return dialect === 'sqlite' ? 'varchar' : 'varchar COLLATE "C"';
}

