import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isServerDatabase } from '../database-url.js';
import type { Dialect } from './dialect.js';
import { CITUS_DIALECT } from './citus/citus.dialect.js';
import { isCitusSource } from './citus/citus.detection.js';
import { POSTGRES_DIALECT } from './postgres/postgres.dialect.js';
import { SQLITE_DIALECT } from './sqlite/sqlite.dialect.js';

/**
 * The dialect of a database as hcdm names it, before connecting: a PostgreSQL URL, or an SQLite
 * path. (A Citus coordinator is known only once connected: see {@link dialectOf}.)
 */
export function dialectFor(database: string): Dialect {
  return isServerDatabase(database) ? POSTGRES_DIALECT : SQLITE_DIALECT;
}

type HasDriver = Pick<DataSource, 'driver'>;

/**
 * The dialect of a data source, an entity manager or a migration's query runner, by its driver;
 * a PostgreSQL server with the `citus` extension is Citus (found when the source was initialized).
 */
export function dialectOf(source: HasDriver | EntityManager | QueryRunner): Dialect {
  // A query runner has a driver too; its data source is the one initialize() looked at.
  const connection: HasDriver = 'connection' in source ? source.connection : source;
  const type = connection.driver.options.type;
  if (type === 'better-sqlite3') return SQLITE_DIALECT;
  // CockroachDB speaks PostgreSQL's SQL for everything hcdm writes.
  if (type === 'postgres' || type === 'cockroachdb') return isCitusSource(connection) ? CITUS_DIALECT : POSTGRES_DIALECT;
  throw new Error(`hcdm runs on SQLite or PostgreSQL, not ${String(type)}`);
}
