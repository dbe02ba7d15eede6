import { join } from 'node:path';
import { HcdmError } from '@hcdm/core';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';
import { mapSqliteError, withSqliteErrors } from '@hcdm/core';

/** The slice of better-sqlite3's Database these tests use (analytics does not depend on it directly). */
interface RawDatabase {
  exec(sql: string): void;
  pragma(sql: string): unknown;
  prepare(sql: string): { run(...values: unknown[]): unknown };
  close(): void;
}
type RawDatabaseClass = new (path: string, options?: { readonly?: boolean; timeout?: number }) => RawDatabase;

/** A second, independent connection to the same file, made with the driver's own class. */
function rawConnection(db: HcdmDatabase, path: string, options: { readonly?: boolean; timeout?: number }): RawDatabase {
  const connection = (db.dataSource.driver as unknown as { databaseConnection: { constructor: RawDatabaseClass } }).databaseConnection;
  return new connection.constructor(path, options);
}

/** The error a real SQLite operation throws. */
function failure(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected SQLite to fail');
}

async function withDatabase<T>(work: (db: HcdmDatabase, path: string) => T): Promise<T> {
  const path = join(makeTempDir(), 'errors.sqlite');
  const db = await openDatabase({ database: path });
  try {
    return work(db, path);
  } finally {
    await db.close();
  }
}

describe('mapSqliteError', () => {
  it('maps SQLITE_BUSY (another writer holds the lock) to DATABASE_BUSY', async () => {
    const mapped = await withDatabase((db, path) => {
      const [holder, waiter] = [rawConnection(db, path, {}), rawConnection(db, path, { timeout: 0 })];
      holder.exec('BEGIN EXCLUSIVE');
      const error = failure(() => waiter.exec("INSERT INTO listings VALUES ('P1', 't', 'l', 1, NULL, NULL)"));
      holder.exec('ROLLBACK');
      [holder, waiter].forEach((connection) => connection.close());
      return mapSqliteError(error, 'crm.sqlite');
    });
    expect(mapped).toBeInstanceOf(HcdmError);
    expect(mapped).toMatchObject({
      code: 'DATABASE_BUSY',
      message: 'crm.sqlite: is busy: another program is writing to it; try again shortly',
    });
  });

  it('maps SQLITE_READONLY to DATABASE_READ_ONLY', async () => {
    const mapped = await withDatabase((db, path) => {
      const reader = rawConnection(db, path, { readonly: true });
      const error = failure(() => reader.exec("INSERT INTO listings VALUES ('P1', 't', 'l', 1, NULL, NULL)"));
      reader.close();
      return mapSqliteError(error, 'crm.sqlite');
    });
    expect(mapped).toMatchObject({
      code: 'DATABASE_READ_ONLY',
      message: 'crm.sqlite: is read-only here; open it writable or check its permissions',
    });
  });

  // SQLite's own error as better-sqlite3 throws it when a full disk stops it sizing the -shm file.
  const shmError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' });

  it('maps an I/O error on a full disk to DATABASE_FULL, with the full-disk message', () => {
    const folders: string[] = [];
    const mapped = mapSqliteError(shmError, '/data/crm.sqlite', (folder) => (folders.push(folder), 4096));
    expect(mapped).toMatchObject({ code: 'DATABASE_FULL', message: '/data/crm.sqlite: its disk is full: free some space and try again' });
    expect(folders).toEqual(['/data']);
  });

  it('maps an I/O error with space left to DATABASE_UNAVAILABLE, naming SQLite\'s code', () => {
    const mapped = mapSqliteError(shmError, '/data/crm.sqlite', () => 50 * 1024 ** 3);
    expect(mapped).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: '/data/crm.sqlite: could not be read or written (SQLITE_IOERR_SHMSIZE): check the disk' });
    expect(mapSqliteError(shmError, '/data/crm.sqlite', () => null)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('maps SQLITE_FULL to DATABASE_FULL', async () => {
    const mapped = await withDatabase((db, path) => {
      const writer = rawConnection(db, path, {});
      writer.pragma('max_page_count = 20'); // a size limit stands in for a full disk
      const insert = writer.prepare('INSERT INTO listings VALUES (?, ?, ?, 1, NULL, NULL)');
      const error = failure(() => {
        for (let i = 0; i < 10_000; i += 1) insert.run(`P${i}`, 'x'.repeat(200), 'Mumbai');
      });
      writer.close();
      return mapSqliteError(error, 'crm.sqlite');
    });
    expect(mapped).toMatchObject({ code: 'DATABASE_FULL', message: 'crm.sqlite: is full: the disk or its size limit is reached' });
  });

  it('maps an error TypeORM wrapped, keeping the original as cause', async () => {
    const path = join(makeTempDir(), 'wrapped.sqlite');
    const db = await openDatabase({ database: path });
    const holder = rawConnection(db, path, {});
    holder.exec('BEGIN EXCLUSIVE');
    const wrapped = await db.dataSource
      .query(`PRAGMA busy_timeout = 0`)
      .then(() => db.dataSource.query("INSERT INTO listings VALUES ('P1', 't', 'l', 1, NULL, NULL)"))
      .catch((e: unknown) => e);
    holder.exec('ROLLBACK');
    holder.close();
    await db.close();
    const mapped = mapSqliteError(wrapped, path) as HcdmError;
    expect([mapped.code, mapped.cause]).toEqual(['DATABASE_BUSY', wrapped]);
  });

  it('leaves other errors as they are', async () => {
    const plain = new Error('not SQLite');
    const domain = new HcdmError('NOT_FOUND', 'no customer with id C9');
    expect([mapSqliteError(plain, 'x'), mapSqliteError(domain, 'x')]).toEqual([plain, domain]);
    await expect(withSqliteErrors('x', () => Promise.reject(plain))).rejects.toBe(plain);
  });
});
