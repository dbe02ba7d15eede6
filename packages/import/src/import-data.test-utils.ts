import { join } from 'node:path';
import { createHcdmDataSource, DEFAULT_SETTINGS, type HcdmSettings, runMigrationsOnce } from '@hcdm/core';
import { createTestDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import { importData } from './import-data.js';
import type { ImportOptions, ImportSummary } from './import-data.types.js';

export { dumpTables } from '@hcdm/test-database';

export interface ImportFixture {
  readonly dir: string;
  /** The database: an SQLite file, or inside describeEachDatabase one on that suite's engine. */
  readonly database: string;
  readonly dataSource: DataSource;
  /** Writes files into a fresh folder of the fixture; returns their paths. */
  write(files: Record<string, string>): string[];
  run(paths: readonly string[], options?: Partial<ImportOptions>): Promise<ImportSummary>;
}

/** A migrated database and a temp folder for files; the data source is closed after each test by the caller. */
export async function openImportFixture(settings: HcdmSettings = DEFAULT_SETTINGS): Promise<ImportFixture> {
  const dir = makeTempDir();
  const database = await createTestDatabase();
  const dataSource = createHcdmDataSource({ database, entities: hcdmEntities, migrations: hcdmMigrations });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  let folders = 0;
  return {
    dir,
    database,
    dataSource,
    write: (files) => writeFiles(join(dir, `in${(folders += 1)}`), files),
    run: (paths, options) => importData(dataSource, paths, { settings, rejectsPath: join(dir, 'rejects.csv'), ...options }),
  };
}

/** Counts of zero for every kind, to spread the expected counts over. */
export const NO_COUNTS = {
  customers: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  listings: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  tracking_numbers: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  leads: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  calls: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  sms: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
};
