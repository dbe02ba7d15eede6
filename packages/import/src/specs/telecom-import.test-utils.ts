import { CoreSchema1764000000001, Customer, createHcdmDataSource, DEFAULT_SETTINGS, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { customerImportSpec } from './customer.import.js';
import { importKind } from '../kind.import.js';
import { type ImportSpec } from '../import.types.js';
import { createTestDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { CallRecord } from '@hcdm/telecom';
import { TelecomSchema1764000000003 } from '@hcdm/telecom';
import { CoveringAttributionIndexes1764000000004 } from '@hcdm/telecom';
import { RecordTrackingNumber1764000000021 } from '@hcdm/telecom';
import { RecordAgent1764000000031 } from '@hcdm/telecom';
import { CallOutcomes1764000000032 } from '@hcdm/telecom';
import { SmsRecord } from '@hcdm/telecom';

/** Writes `content` as one CSV file and imports it with `spec`. */
export async function importCsv(dataSource: DataSource, spec: ImportSpec, content: string) {
  const [path] = writeFiles(makeTempDir(), { [`${spec.kind}.csv`]: content });
  const result = await importKind(dataSource.manager, spec, [{ path: path!, kind: spec.kind, format: 'csv' }], { settings: DEFAULT_SETTINGS });
  return { path: path!, ...result };
}

/**
 * A migrated core + telecom database holding customers C1 and C2 and listing P1. The listings
 * table belongs to @hcdm/property, which telecom does not depend on; calls only need its key.
 */
export async function openTelecomDb(): Promise<DataSource> {
  const dataSource = createHcdmDataSource({
    database: await createTestDatabase(),
    entities: [Customer, CallRecord, SmsRecord],
    migrations: [CoreSchema1764000000001, TelecomSchema1764000000003, CoveringAttributionIndexes1764000000004, RecordTrackingNumber1764000000021, RecordAgent1764000000031, CallOutcomes1764000000032, DistributedTables1764000000040],
  });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  await dataSource.query('CREATE TABLE listings (property_id varchar PRIMARY KEY)');
  // The telecom tables alone, with a stand-in for the property package's listings and tracking numbers.
  await dataSource.query('CREATE TABLE tracking_numbers (tracking_number varchar, property_id varchar, valid_from bigint, valid_to bigint)');
  await dataSource.query(`INSERT INTO listings (property_id) VALUES ('P1')`);
  await importCsv(dataSource, customerImportSpec, 'customer_id,name,phone\nC1,Ann,9876543210\nC2,Bob,9876543211\n');
  return dataSource;
}
