import { markDataChanged, type HcdmSettings } from '@hcdm/core';
import { rebuildPrecomputed } from '@hcdm/analyses';
import type { EntityManager } from 'typeorm';
import { refreshAttribution } from '@hcdm/attribution';
import { insertRows, type Fixture } from '@hcdm/test-database';
import { createTestDatabase } from '@hcdm/test-utils';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

export type { Fixture } from '@hcdm/test-database';

/**
 * A fresh database opened as a program opens one, removed after the test: a temp SQLite file,
 * or inside describeEachDatabase a database on that suite's engine.
 */
export async function openTempDatabase(options: { settings?: Partial<HcdmSettings>; now?: Date } = {}): Promise<HcdmDatabase> {
  return openDatabase({ database: await createTestDatabase(), ...options });
}

/** Inserts the fixture, then attributes every call and SMS, as an import leaves them. */
export async function insertFixture(db: HcdmDatabase, fixture: Fixture): Promise<void> {
  await insertRows(db, fixture);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
  await markDataChanged(db.dataSource.manager);
}

/** What `read` finds after a full rebuild of the precomputed tables, in a transaction rolled back after. */
export async function afterRebuild<T>(db: HcdmDatabase, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  const rollback = new Error('rollback');
  let found: T | undefined;
  await db.dataSource
    .transaction(async (tx) => {
      await markDataChanged(tx);
      await rebuildPrecomputed(tx, { scoring: db.scoring });
      found = await read(tx);
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return found as T;
}
