import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHcdmDataSource } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import { BASE_CSV } from '@hcdm/test-database';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports HCDM_FOLDER into HCDM_DB with the built package and kills itself at the first calls batch. */
const KILLED_IMPORT = `
  import { createHcdmDataSource, DEFAULT_SETTINGS } from '@hcdm/core';
  import { importData } from './dist/index.js';
  import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
  const dataSource = createHcdmDataSource({ database: process.env.HCDM_DB, entities: hcdmEntities, migrations: hcdmMigrations });
  await dataSource.initialize();
  await importData(dataSource, [process.env.HCDM_FOLDER], {
    settings: DEFAULT_SETTINGS,
    onProgress: (progress) => { if (progress.kind === 'calls') process.kill(process.pid, 'SIGKILL'); },
  });
  console.log('import finished');
`;

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

describeEachDatabase('importData killed midway', () => {
  it('leaves the database as it was before, though customers had already been merged', async () => {
    fixture = await openImportFixture();
    await fixture.run([dirname(fixture.write(BASE_CSV)[0]!)]);
    const before = await dumpTables(fixture.dataSource);
    await fixture.dataSource.destroy();
    const calls = Array.from({ length: 5000 }, (_, index) => `K${index + 100},C10,2026-03-09T10:00:00Z,${index}`);
    const folder = dirname(
      fixture.write({
        'customers.csv': 'customer_id,name,phone\nC10,New Customer,9876500010\n',
        'calls.csv': ['call_id,customer_id,timestamp,duration', ...calls].join('\n'),
      })[0]!,
    );
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', KILLED_IMPORT], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, HCDM_DB: fixture.database, HCDM_FOLDER: folder },
      encoding: 'utf8',
    });
    expect([child.signal, child.stdout]).toEqual(['SIGKILL', '']);
    const reopened = createHcdmDataSource({ database: fixture.database, entities: hcdmEntities, migrations: hcdmMigrations });
    await reopened.initialize();
    try {
      expect(await dumpTables(reopened)).toEqual(before);
    } finally {
      await reopened.destroy();
    }
  });
}, { citus: true });
