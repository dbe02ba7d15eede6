import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase, type HcdmDatabase } from '@hcdm/analytics';
import { HcdmError, isServerDatabase } from '@hcdm/core';
import { configFileFor } from './config-file.path.js';
import type { GlobalOptions } from './global-options.js';

/**
 * `existing`: reading commands refuse a missing file, so a mistyped --db is an error rather
 * than an empty answer and a stray new file, and a database hcdm did not make (they never
 * write into another program's file). `create`: import, sample loading and the menu.
 * `read-only`: as `existing`, and never writable (hcdm sql): not even the schema is brought
 * up to date. A PostgreSQL database is never created here: the server says when it is missing.
 */
export type OpenMode = 'existing' | 'read-only' | 'create';

export async function withDatabase<T>(
  options: GlobalOptions,
  mode: OpenMode,
  work: (db: HcdmDatabase) => Promise<T>,
): Promise<T> {
  if (mode !== 'create' && !isServerDatabase(options.database) && !existsSync(options.database)) {
    throw new HcdmError(
      'DATABASE_UNAVAILABLE',
      `${options.database}: no such database (load data with "hcdm import PATH" or "hcdm start", or give --db)`,
    );
  }
  const configFile = configFileFor(options.database, options.configFile);
  const created = mode === 'create' && !isServerDatabase(options.database) && !existsSync(options.database);
  try {
    // Reading commands on a file this user may not write (a read-only folder or file) read it read-only.
    const readonly = mode === 'read-only' || (mode === 'existing' && !isServerDatabase(options.database) && !canWrite(options.database));
    const db = await openDatabase({ database: options.database, settings: options.settings, configFile, create: mode === 'create', readonly });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    // A rejected first import leaves no new, empty database behind.
    if (created) removeDatabaseFiles(options.database);
    throw error;
  }
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(resolve(path)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
