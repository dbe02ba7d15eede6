import { accessSync, constants, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { HcdmError } from '../../core.errors.js';
import type { HcdmDataSourceOptions } from '../../data-source.types.js';
import { slowQueryLogging } from '../../slow-query.logging.js';

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Over better-sqlite3 (TypeORM 1.x has no `sqlite3` driver; better-sqlite3 is also the faster
 * one). WAL lets queries read while an import writes; foreign keys are on (TypeORM sets it);
 * synchronous=NORMAL is safe under WAL and much faster for bulk loads.
 */
export function createSqliteDataSource(options: HcdmDataSourceOptions): DataSource {
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
    ...slowQueryLogging(),
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
