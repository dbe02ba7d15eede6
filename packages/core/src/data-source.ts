import 'reflect-metadata';
import { accessSync, constants, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { HcdmError } from './core.errors.js';
import { databaseLabel, isServerDatabase } from './database-url.js';

export interface HcdmDataSourceOptions {
  /**
   * Path of the SQLite file (`:memory:` for a throwaway database), or a PostgreSQL URL
   * `postgres://user:password@host:port/db` (shown only through databaseLabel: it holds a password).
   */
  readonly database: string;
  // TypeORM's own option types, so callers can pass classes or globs as they would to DataSource.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  /** How long a writer waits for another writer's lock before "database is busy" (SQLite). */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** A TypeORM DataSource over the database the string names: an SQLite file or a PostgreSQL server. */
export function createHcdmDataSource(options: HcdmDataSourceOptions): DataSource {
  return isServerDatabase(options.database) ? createPostgresDataSource(options) : createSqliteDataSource(options);
}

/**
 * Over better-sqlite3 (TypeORM 1.x has no `sqlite3` driver; better-sqlite3 is also the faster
 * one). WAL lets queries read while an import writes; foreign keys are on (TypeORM sets it);
 * synchronous=NORMAL is safe under WAL and much faster for bulk loads.
 */
function createSqliteDataSource(options: HcdmDataSourceOptions): DataSource {
  assertSqliteFile(options.database);
  // Read by better-sqlite3 once, when it first opens a database: lets a `file:` URI carry immutable=1.
  process.env.SQLITE_USE_URI ??= '1';
  return new DataSource({
    type: 'better-sqlite3',
    database: options.readonly ? readOnlyName(options.database) : options.database,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    readonly: options.readonly ?? false,
    timeout: options.busyTimeoutMs ?? 5000,
    enableWAL: options.database !== ':memory:' && !options.readonly,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
  });
}

/**
 * What a read-only connection opens. A WAL database is read through its `-shm` file, which
 * SQLite creates beside it; in a folder this process cannot write, with no `-shm` there, the
 * file is opened `immutable` instead (SQLite then takes no locks and reads no `-wal`: right for
 * a copy nobody writes, as a database in a read-only folder is for this user).
 */
function readOnlyName(path: string): string {
  if (path === ':memory:' || !existsSync(path) || existsSync(`${path}-shm`) || isWritable(dirname(resolve(path)))) return path;
  // Every `/` escaped too: TypeORM creates the folder its name's dirname names, which for
  // `file:///a/b.sqlite` would be a folder called `file:` here; SQLite decodes the escapes.
  return `file:${encodeURIComponent(resolve(path))}?immutable=1`;
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const require = createRequire(import.meta.url);

/** PostgreSQL's bigint (int8): hcdm's instants and every COUNT(*). */
const INT8_OID = 20;

/**
 * Over node-postgres, handed to TypeORM (loaded only for a server database, and resolved from
 * here rather than from TypeORM's folder). bigint comes back as a number, as from SQLite (epoch
 * milliseconds and counts stay far below 2^53), through this pool's own type parsers, so no
 * other user of `pg` in the process is affected. Read-only sessions are the server's own
 * `default_transaction_read_only`. TypeORM logs nothing: its messages could hold the URL.
 */
function createPostgresDataSource(options: HcdmDataSourceOptions): DataSource {
  assertPostgresUrl(options.database.trim());
  const pg = require('pg') as typeof import('pg');
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format),
  };
  return new DataSource({
    type: 'postgres',
    url: options.database.trim(),
    driver: pg,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    applicationName: 'hcdm',
    connectTimeoutMS: 10_000,
    extra: { types, ...(options.readonly ? { options: '-c default_transaction_read_only=on' } : {}) },
  });
}

/**
 * Refuses a URL node-postgres could not read, naming what is wrong, before a driver turns it
 * into "Invalid URL" with no name.
 */
function assertPostgresUrl(url: string): void {
  if (URL.canParse(url)) return;
  const port = /^[^:]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?#[]*):([^/?#]*)/.exec(url)?.[1];
  const why = port !== undefined && !/^\d{1,5}$/.test(port) ? `its port is not a number (${port})` : 'it cannot be read as a URL';
  throw new HcdmError('DATABASE_UNAVAILABLE', `${databaseLabel(url)}: is not a PostgreSQL URL like postgres://user@host:5432/database: ${why}`);
}

/** Refuses a file that exists but is not SQLite, or a folder, before anything is written to it. */
export function assertSqliteFile(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  if (statSync(path).isDirectory()) throw new HcdmError('NOT_A_DATABASE', `${path}: is a folder, not an SQLite database file`);
  if (statSync(path).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new HcdmError('NOT_A_DATABASE', `${path}: is not an SQLite database`);
  }
}
