import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HcdmError } from '@hcdm/core';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { insertFixture } from './analytics.test-utils.js';
import { openDatabase } from './hcdm-database.js';

const TABLES = ['calls', 'customers', 'leads', 'listings', 'migrations', 'sms'];
const INDEXES = [
  'idx_calls_customer_time',
  'idx_calls_lead',
  'idx_calls_listing',
  'idx_calls_time',
  'idx_customers_phone',
  'idx_leads_customer_listing_time',
  'idx_leads_customer_time',
  'idx_leads_property',
  'idx_listings_location',
  'idx_sms_customer_time',
  'idx_sms_lead',
  'idx_sms_listing',
  'idx_sms_time',
];

async function schemaNames(database: string, type: 'table' | 'index'): Promise<string[]> {
  const db = await openDatabase({ database, readonly: true });
  const rows: { name: string }[] = await db.dataSource.query(
    `SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    [type],
  );
  await db.close();
  return rows.map((row) => row.name);
}

describe('openDatabase', () => {
  it('creates a missing file and runs the migrations: every table and index exists', async () => {
    const database = join(makeTempDir(), 'new.sqlite');
    await (await openDatabase({ database })).close();
    expect(await schemaNames(database, 'table')).toEqual(TABLES);
    expect(await schemaNames(database, 'index')).toEqual(INDEXES);
  });

  it('runs each migration once: opening again changes nothing and keeps the data', async () => {
    const database = join(makeTempDir(), 'twice.sqlite');
    const first = await openDatabase({ database });
    await insertFixture(first, { customers: [['C1', 'Asha Rao', '+919800000001']] });
    await first.close();
    const second = await openDatabase({ database });
    const migrations: { name: string }[] = await second.dataSource.query('SELECT name FROM migrations ORDER BY id');
    const pending = await second.dataSource.showMigrations();
    const empty = await second.isEmpty();
    await second.close();
    expect({ migrations: migrations.map((m) => m.name), pending, empty }).toEqual({
      migrations: ['CoreSchema1764000000001', 'PropertySchema1764000000002', 'TelecomSchema1764000000003'],
      pending: false,
      empty: false,
    });
  });

  it('says a fresh database is empty', async () => {
    const db = await openDatabase({ database: join(makeTempDir(), 'empty.sqlite') });
    expect(await db.isEmpty()).toBe(true);
    await db.close();
    await db.close(); // closing twice is harmless
  });

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
