import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isServerDatabase } from '../database-url.js';
import type { Dialect, DialectName } from './dialect.js';
import { POSTGRES_DIALECT } from './postgres/postgres.dialect.js';
import { SQLITE_DIALECT } from './sqlite/sqlite.dialect.js';

const DIALECTS: Readonly<Record<DialectName, Dialect>> = { sqlite: SQLITE_DIALECT, postgres: POSTGRES_DIALECT };

/** The dialect of a database as hcdm names it: a PostgreSQL URL, or an SQLite path. */
export function dialectFor(database: string): Dialect {
  return DIALECTS[isServerDatabase(database) ? 'postgres' : 'sqlite'];
}

type HasDriver = Pick<DataSource, 'driver'>;

/** The dialect of a data source, an entity manager or a migration's query runner, by its driver. */
export function dialectOf(source: HasDriver | EntityManager | QueryRunner): Dialect {
  const connection = 'driver' in source ? source : (source as EntityManager | QueryRunner).connection;
  const type = connection.driver.options.type;
  if (type === 'better-sqlite3') return SQLITE_DIALECT;
  // CockroachDB speaks PostgreSQL's SQL for everything hcdm writes.
  if (type === 'postgres' || type === 'cockroachdb') return POSTGRES_DIALECT;
  throw new Error(`hcdm runs on SQLite or PostgreSQL, not ${String(type)}`);
}
