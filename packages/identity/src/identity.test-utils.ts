import { CoreSchema1764000000001, Customer, createHcdmDataSource, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { Lead, Listing, PropertySchema1764000000002 } from '@hcdm/property';
import { CallRecord, SmsRecord, TelecomSchema1764000000003 } from '@hcdm/telecom';
import { createTestDatabase } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { CustomerAlias } from './customer-alias.entity.js';
import { CustomerAliasMove } from './customer-alias-move.entity.js';
import { IdentitySchema1764000000010 } from './migrations/1764000000010-identity-schema.js';

/**
 * A fresh database with the tables identity reads and writes, on the running suite's engine.
 * Built here rather than with @hcdm/test-database, which takes the whole schema from
 * @hcdm/schema, a package above this one.
 */
export async function openIdentityDatabase(): Promise<DataSource> {
  const dataSource = createHcdmDataSource({
    database: await createTestDatabase(),
    entities: [Customer, Listing, Lead, CallRecord, SmsRecord, CustomerAlias, CustomerAliasMove],
    migrations: [CoreSchema1764000000001, PropertySchema1764000000002, TelecomSchema1764000000003, IdentitySchema1764000000010, DistributedTables1764000000040],
  });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  return dataSource;
}

/** Customers as [id, name, phone, email?]. */
export async function insertCustomers(dataSource: DataSource, rows: readonly (readonly [string, string, string, string?])[]): Promise<void> {
  await dataSource.getRepository(Customer).insert(rows.map(([customerId, name, phone, email]) => ({ customerId, name, phone, email: email ?? null })));
}
