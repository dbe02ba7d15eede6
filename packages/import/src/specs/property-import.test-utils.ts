import { CoreSchema1764000000001, Customer, createHcdmDataSource, DEFAULT_SETTINGS, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { importKind } from '../kind.import.js';
import { type ImportSpec } from '../import.types.js';
import { createTestDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { Lead } from '@hcdm/property';
import { Listing } from '@hcdm/property';
import { PropertySchema1764000000002 } from '@hcdm/property';
import { LeadAgent1764000000030 } from '@hcdm/property';

/** A migrated core + property database: a temp file, or inside describeEachDatabase one on that suite's engine. */
export async function openPropertyDb(): Promise<DataSource> {
  const dataSource = createHcdmDataSource({
    database: await createTestDatabase(),
    entities: [Customer, Listing, Lead],
    migrations: [CoreSchema1764000000001, PropertySchema1764000000002, LeadAgent1764000000030, DistributedTables1764000000040],
  });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  return dataSource;
}

/** Writes `content` as one CSV file and imports it with `spec`. */
export async function importCsv(dataSource: DataSource, spec: ImportSpec, content: string, changedCustomersTable?: string) {
  const [path] = writeFiles(makeTempDir(), { [`${spec.kind}.csv`]: content });
  const result = await importKind(dataSource.manager, spec, [{ path: path!, kind: spec.kind, format: 'csv' }], {
    settings: DEFAULT_SETTINGS,
    changedCustomersTable,
  });
  return { path: path!, ...result };
}
