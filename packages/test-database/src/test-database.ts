import { Customer, createHcdmDataSource, DEFAULT_SETTINGS, markDataChanged, type HcdmSettings, runMigrationsOnce } from '@hcdm/core';
import { Lead, Listing } from '@hcdm/property';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import { CallRecord, SmsRecord } from '@hcdm/telecom';
import { createTestDatabase } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';

/** Rows to insert, written compactly: instants as ISO text, optional fields left out. */
export interface Fixture {
  readonly customers?: readonly (readonly [id: string, name: string, phone: string])[];
  readonly listings?: readonly (readonly [id: string, title: string, location: string, price: number])[];
  readonly leads?: readonly (readonly [id: string, customerId: string, propertyId: string, at: string, source?: string, agent?: string])[];
  readonly calls?: readonly (readonly [id: string, customerId: string, at: string, seconds: number, tag?: string, agent?: string])[];
  readonly sms?: readonly (readonly [id: string, customerId: string, at: string, tag?: string, agent?: string])[];
}

/** A migrated hcdm schema in a fresh test database, and what a test passes on to the code under test. */
export interface TempDatabase {
  readonly dataSource: DataSource;
  readonly settings: HcdmSettings;
  readonly now: Date | undefined;
  close(): Promise<void>;
}

export interface TempDatabaseOptions {
  readonly settings?: Partial<HcdmSettings>;
  readonly now?: Date;
}

/**
 * A fresh database with hcdm's schema, removed after the test: a temp SQLite file, or inside
 * describeEachDatabase a database on that suite's engine.
 */
export async function openTempDatabase(options: TempDatabaseOptions = {}): Promise<TempDatabase> {
  const dataSource = createHcdmDataSource({ database: await createTestDatabase(), entities: hcdmEntities, migrations: hcdmMigrations });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  return {
    dataSource,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    now: options.now,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** Inserts the fixture through TypeORM repositories, unattributed (the caller attributes). */
export async function insertRows(db: Pick<TempDatabase, 'dataSource'>, fixture: Fixture): Promise<void> {
  const manager = db.dataSource.manager;
  const customers = (fixture.customers ?? []).map(([customerId, name, phone]) => ({ customerId, name, phone }));
  const listings = (fixture.listings ?? []).map(([propertyId, title, location, price]) => ({ propertyId, title, location, price }));
  const leads = (fixture.leads ?? []).map(([leadId, customerId, propertyId, at, source, agent]) => ({
    leadId,
    customerId,
    propertyId,
    createdAt: new Date(at),
    source: source ?? null,
    agent: agent ?? null,
  }));
  const calls = (fixture.calls ?? []).map(([callId, customerId, at, durationSeconds, tag, agent]) => ({
    callId,
    customerId,
    occurredAt: new Date(at),
    durationSeconds,
    propertyId: tag ?? null,
    agent: agent ?? null,
  }));
  const sms = (fixture.sms ?? []).map(([smsId, customerId, at, tag, agent]) => ({
    smsId,
    customerId,
    occurredAt: new Date(at),
    messageLength: 20,
    propertyId: tag ?? null,
    agent: agent ?? null,
  }));
  await manager.getRepository(Customer).save(customers, { chunk: 200 });
  await manager.getRepository(Listing).save(listings, { chunk: 200 });
  await manager.getRepository(Lead).save(leads, { chunk: 200 });
  await manager.getRepository(CallRecord).save(calls, { chunk: 200 });
  await manager.getRepository(SmsRecord).save(sms, { chunk: 200 });
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(db.dataSource.manager);
}
