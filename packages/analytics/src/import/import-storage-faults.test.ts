import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../hcdm-database.js';
import { outcomeOf, runChildImport } from './import-child.test-utils.js';
import { writeDataset, type DatasetSize } from './import-dataset.test-utils.js';
import { dumpDatabase, dumpTables } from '@hcdm/test-database';

const SIZE: DatasetSize = { customers: 200, listings: 20, leads: 400, calls: 3000, sms: 1500 };

/**
 * Makes `path` read-only for the import, and returns what undoes it. Root writes through any
 * file mode, so as root the file is made immutable (`chattr +i`, which binds root too); where
 * the file system has no such attribute, the import runs as `nobody`, for whom the mode counts.
 */
function makeReadOnly(path: string): { asUser?: number; undo: () => void } {
  chmodSync(path, 0o444);
  if (process.getuid?.() !== 0) return { undo: () => chmodSync(path, 0o644) };
  if (spawnSync('chattr', ['+i', path]).status === 0) return { undo: () => spawnSync('chattr', ['-i', path]) };
  return { asUser: 65534, undo: () => chmodSync(path, 0o644) };
}

function datasets(dir: string): string[] {
  return [0, 1].map((variant) => {
    const folder = join(dir, `v${variant}`);
    mkdirSync(folder);
    writeDataset(folder, SIZE, variant);
    return folder;
  });
}

describe('an import the storage refuses', () => {
  it('into a read-only database file: a one-line message, the database as it was', async () => {
    const dir = makeTempDir();
    const [first, second] = datasets(dir);
    const database = join(dir, 'hcdm.sqlite');
    expect(outcomeOf(await runChildImport({ database, paths: [first!] })).error).toBe(null);
    const before = await dumpDatabase(database);
    chmodSync(dir, 0o777);
    const readOnly = makeReadOnly(database);
    try {
      const refused = outcomeOf(await runChildImport({ database, paths: [second!], uid: readOnly.asUser }));
      expect(refused.error).toBe(`DATABASE_READ_ONLY ${database}: is read-only here; open it writable or check its permissions`);
    } finally {
      readOnly.undo();
    }
    expect(await dumpDatabase(database)).toEqual(before);
  }, 60_000);

  it.each([
    ['loaded straight into empty tables', false],
    ['staged over stored rows', true],
  ])('that fills the database (%s): DATABASE_FULL with a one-line message, the database as it was', async (_name, stored) => {
    const dir = makeTempDir();
    const [first, second] = datasets(dir);
    const db = await openDatabase({ database: join(dir, 'hcdm.sqlite') });
    try {
      if (stored) await db.import([first!]);
      const before = await dumpTables(db.dataSource);
      const [{ page_count: pages }] = (await db.dataSource.query('PRAGMA page_count')) as [{ page_count: number }];
      // A size limit a few pages above what the file holds: SQLite's own "disk full".
      await db.dataSource.query(`PRAGMA max_page_count = ${pages + 8}`);
      const failure = await db.import([second!]).then(
        () => null,
        (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
      );
      expect(failure).toEqual({ code: 'DATABASE_FULL', message: `${join(dir, 'hcdm.sqlite')}: is full: the disk or its size limit is reached` });
      expect(await dumpTables(db.dataSource)).toEqual(before);
    } finally {
      await db.close();
    }
  }, 30_000);
});
