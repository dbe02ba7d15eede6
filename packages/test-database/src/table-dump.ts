import { createHcdmDataSource } from '@hcdm/core';
import { hcdmEntities } from '@hcdm/schema';
import type { DataSource } from 'typeorm';

const TABLE_KEYS = { customers: 'customer_id', listings: 'property_id', leads: 'lead_id', calls: 'call_id', sms: 'sms_id' };

/** Every row of every hcdm table, ordered by key: compare before and after to prove nothing changed. */
export async function dumpTables(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(TABLE_KEYS)) {
    dump[table] = (await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`)) as unknown[];
  }
  return dump;
}

/** dumpTables of the database file at `database`, opened for it and closed after. */
export async function dumpDatabase(database: string): Promise<Record<string, unknown[]>> {
  const dataSource = createHcdmDataSource({ database, entities: hcdmEntities, migrations: [] });
  await dataSource.initialize();
  try {
    return await dumpTables(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

