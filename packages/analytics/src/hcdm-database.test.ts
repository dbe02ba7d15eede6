import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHcdmDataSource, dialectOf, HcdmError } from '@hcdm/core';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { insertFixture } from './analytics.test-utils.js';
import { mapDatabaseError } from '@hcdm/core';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

const TABLES = ['calls', 'customer_alias_moves', 'customer_aliases', 'customers', 'data_generation', 'leads', 'listings', 'migrations', 'sms', 'tracking_numbers'];
const INDEXES = [
  'idx_calls_agent',
  'idx_calls_customer_time',
  'idx_calls_lead',
  'idx_calls_listing',
  'idx_calls_outbound',
  'idx_calls_time',
  'idx_customer_aliases_customer',
  'idx_customers_phone',
  'idx_leads_agent',
  'idx_leads_customer_listing_time',
  'idx_leads_customer_time',
  'idx_leads_property',
  'idx_listings_location',
  'idx_sms_agent',
  'idx_sms_customer_time',
  'idx_sms_lead',
  'idx_sms_listing',
  'idx_sms_outbound',
  'idx_sms_time',
  'idx_tracking_numbers_number',
];
/** The precomputed figures' tables' indexes, built by the first import and kept up to date by the later ones. */
const PRECOMPUTED_INDEXES = [
  'idx_precomputed_lead_activity_customer',
  'idx_precomputed_lead_activity_recent',
  'idx_precomputed_lead_activity_response',
  'idx_precomputed_lead_activity_score',
  'idx_precomputed_lead_activity_source',
  'idx_precomputed_lead_activity_time',
  'idx_precomputed_missed_calls_time',
];

/** PostgreSQL's catalog of the current schema; a Citus coordinator's is the same (the shards sit on the workers). */
const SERVER_CATALOG = {
  table: `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  // Primary keys are indexes of their own on PostgreSQL (sqlite_autoindex_* on SQLite): leave them out on both.
  index: `SELECT i.indexname AS name FROM pg_indexes i WHERE i.schemaname = current_schema()
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p') ORDER BY 1`,
};

/** The catalog of each engine. */
const CATALOG = {
  sqlite: {
    table: `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    index: `SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  },
  postgres: SERVER_CATALOG,
  citus: SERVER_CATALOG,
};

async function schemaNames(database: string, type: 'table' | 'index'): Promise<string[]> {
  const db = await openDatabase({ database, readonly: true });
  const rows: { name: string }[] = await db.dataSource.query(CATALOG[dialectOf(db.dataSource).name][type]);
  await db.close();
  return rows.map((row) => row.name);
}

async function customerIds(db: HcdmDatabase): Promise<string[]> {
  const rows: { customer_id: string }[] = await db.dataSource.query('SELECT customer_id FROM customers ORDER BY customer_id');
  return rows.map((row) => row.customer_id);
}

describeEachDatabase('openDatabase', () => {
  it('runs the migrations on a new database: every table and index exists', async () => {
    const database = await createTestDatabase();
    await (await openDatabase({ database })).close();
    expect(await schemaNames(database, 'table')).toEqual(TABLES);
    expect(await schemaNames(database, 'index')).toEqual(INDEXES);
  });

  it('runs each migration once: opening again changes nothing and keeps the data', async () => {
    const database = await createTestDatabase();
    const first = await openDatabase({ database });
    await insertFixture(first, { customers: [['C1', 'Asha Rao', '+919800000001']] });
    await first.close();
    const second = await openDatabase({ database });
    const migrations: { name: string }[] = await second.dataSource.query('SELECT name FROM migrations ORDER BY id');
    const pending = await second.dataSource.showMigrations();
    const empty = await second.isEmpty();
    await second.close();
    expect({ migrations: migrations.map((m) => m.name), pending, empty }).toEqual({
      migrations: ['CoreSchema1764000000001', 'PropertySchema1764000000002', 'TelecomSchema1764000000003', 'CoveringAttributionIndexes1764000000004', 'IdentitySchema1764000000010', 'TrackingNumbers1764000000020', 'RecordTrackingNumber1764000000021', 'LeadAgent1764000000030', 'RecordAgent1764000000031', 'CallOutcomes1764000000032', 'DataGeneration1764000000033', 'OutboundIndexes1764000000034', 'DistributedTables1764000000040', 'CoveringAgentIndex1764000000041'],
      pending: false,
      empty: false,
    });
  });

  it('migrates a new database once when two programs open it at the same time', async () => {
    const database = await createTestDatabase();
    const [first, second] = await Promise.all([openDatabase({ database }), openDatabase({ database })]);
    const migrations: { name: string }[] = await first.dataSource.query('SELECT name FROM migrations ORDER BY id');
    await Promise.all([first.close(), second.close()]);
    expect(migrations.map((m) => m.name)).toEqual(['CoreSchema1764000000001', 'PropertySchema1764000000002', 'TelecomSchema1764000000003', 'CoveringAttributionIndexes1764000000004', 'IdentitySchema1764000000010', 'TrackingNumbers1764000000020', 'RecordTrackingNumber1764000000021', 'LeadAgent1764000000030', 'RecordAgent1764000000031', 'CallOutcomes1764000000032', 'DataGeneration1764000000033', 'OutboundIndexes1764000000034', 'DistributedTables1764000000040', 'CoveringAgentIndex1764000000041']);
  });

  it('says a fresh database is empty', async () => {
    const db = await openDatabase({ database: await createTestDatabase() });
    expect(await db.isEmpty()).toBe(true);
    await db.close();
    await db.close(); // closing twice is harmless
  });

  it('sorts ids by their bytes, as SQLite does, whatever the server locale', async () => {
    const db = await openDatabase({ database: await createTestDatabase() });
    const phones = ['+919800000001', '+919800000002', '+919800000003', '+919800000004', '+919800000005'];
    const ids = ['c1', 'C2', 'b', 'C-1', 'C10'];
    await insertFixture(db, { customers: ids.map((id, i) => [id, `Name ${id}`, phones[i]!] as const) });
    // Bytes: '-' (0x2d) < '1' < '2' < 'C' (0x43) < 'b' (0x62) < 'c'; an en-US locale would give b, C-1, c1, C10, C2.
    expect(await customerIds(db)).toEqual(['C-1', 'C10', 'C2', 'b', 'c1']);
    await db.close();
  });

  it('has every index and foreign key again after a first import, which drops and rebuilds them', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase({ database });
    const folder = join(makeTempDir(), 'exports');
    writeFiles(folder, {
      'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,10\n',
    });
    await db.import([folder]);
    const orphan = await db.dataSource.query(`INSERT INTO calls (call_id, customer_id, occurred_at, duration_seconds) VALUES ('K2', 'C9', 0, 1)`).then(
      () => 'inserted',
      () => 'refused',
    );
    await db.close();
    expect({ indexes: await schemaNames(database, 'index'), orphan }).toEqual({ indexes: [...INDEXES, ...PRECOMPUTED_INDEXES].sort(), orphan: 'refused' });
  });

  it('opened read-only, refuses to write: DATABASE_READ_ONLY', async () => {
    const database = await createTestDatabase();
    await (await openDatabase({ database })).close();
    const db = await openDatabase({ database, readonly: true });
    const error = await db.dataSource.query(`INSERT INTO listings VALUES ('P1', 't', 'l', 1, NULL, NULL)`).catch((e: unknown) => e);
    await db.close();
    expect(mapDatabaseError(error, database)).toMatchObject({ code: 'DATABASE_READ_ONLY' });
  });
}, { citus: true });

describe('openDatabase with create: false', () => {
  it('refuses another program\'s SQLite file and writes nothing into it', async () => {
    const database = join(makeTempDir(), 'other.db');
    const other = createHcdmDataSource({ database, entities: [], migrations: [] });
    await other.initialize();
    await other.query('CREATE TABLE notes (id integer PRIMARY KEY, body text)');
    await other.destroy();
    const before = readFileSync(database);
    await expect(openDatabase({ database, create: false })).rejects.toMatchObject({
      code: 'NOT_AN_HCDM_DATABASE',
      message: `${database}: is not an hcdm database`,
    });
    expect(readFileSync(database).equals(before)).toBe(true);
  });

  it('refuses an empty file and leaves it empty', async () => {
    const database = join(makeTempDir(), 'empty.sqlite');
    writeFileSync(database, '');
    await expect(openDatabase({ database, create: false })).rejects.toMatchObject({ code: 'NOT_AN_HCDM_DATABASE' });
    expect(statSync(database).size).toBe(0);
  });

  it('opens a database hcdm made', async () => {
    const database = join(makeTempDir(), 'crm.sqlite');
    await (await openDatabase({ database })).close();
    const db = await openDatabase({ database, create: false });
    expect(await db.isEmpty()).toBe(true);
    await db.close();
  });
});

describe('openDatabase on an SQLite file', () => {
  it('refuses a file that is not a database, without touching it', async () => {
    const [database] = [join(makeTempDir(), 'notes.sqlite')];
    writeFileSync(database, 'customer_id,name\nC1,Asha\n');
    const error = await openDatabase({ database }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HcdmError);
    expect(error).toMatchObject({ code: 'NOT_A_DATABASE', message: `${database}: is not an SQLite database` });
  });

  it('refuses a damaged file that starts like SQLite', async () => {
    const database = join(makeTempDir(), 'damaged.sqlite');
    writeFileSync(database, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 7)]));
    await expect(openDatabase({ database })).rejects.toMatchObject({ code: 'NOT_A_DATABASE' });
  });

  it('refuses to migrate a database opened read-only', async () => {
    const database = join(makeTempDir(), 'blank.sqlite');
    writeFileSync(database, '');
    await expect(openDatabase({ database, readonly: true })).rejects.toMatchObject({ code: 'DATABASE_READ_ONLY' });
  });

  it('refuses an unknown time zone', async () => {
    const database = join(makeTempDir(), 'zone.sqlite');
    await expect(openDatabase({ database, settings: { timeZone: 'Mars/Olympus' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'timeZone: is not an IANA time zone (Mars/Olympus)',
    });
  });
});
