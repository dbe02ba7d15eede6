import { join } from 'node:path';
import { LOGGED_REBUILD_SHARE, REBUILD_MIN_CUSTOMERS } from '@hcdm/analyses';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { afterRebuild } from './analytics.test-utils.js';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

// An import's figures are computed again for the rows its change log reaches, or every table is
// rebuilt whole once the log passes LOGGED_REBUILD_SHARE (10%) of the stored leads, calls and SMS.
// Told apart by a row planted in each table for a customer the data does not have: a pass over
// the changed rows leaves it, a rebuild drops it.

const CUSTOMERS = REBUILD_MIN_CUSTOMERS;
const PLANTED = 'CZZZ';
const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(4, '0')}`;

/** Customer n has lead L<n> on P1 (03-01) and one missed inbound call K<n> (03-02). */
function firstExport(): Record<string, string> {
  const numbers = Array.from({ length: CUSTOMERS }, (_, i) => i + 1);
  return {
    'customers.csv': `customer_id,name,phone\n${numbers.map((n) => `${id('C', n)},Person ${n},+9198${String(n).padStart(8, '0')}`).join('\n')}\n`,
    'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\n',
    'leads.csv': `lead_id,customer_id,property_id,timestamp\n${numbers.map((n) => `${id('L', n)},${id('C', n)},P1,2026-03-01T00:00:00Z`).join('\n')}\n`,
    'calls.csv': `call_id,customer_id,timestamp,duration,direction,status\n${numbers.map((n) => `${id('K', n)},${id('C', n)},2026-03-02T00:00:00Z,0,inbound,missed`).join('\n')}\n`,
  };
}

/** A missed call on 03-03 for each of the first `count` customers (ids from `from`). */
function callsOf(count: number, from: number): Record<string, string> {
  const rows = Array.from({ length: count }, (_, i) => `${id('M', from + i)},${id('C', i + 1)},2026-03-03T00:00:00Z,0,inbound,missed`);
  return { 'calls.csv': `call_id,customer_id,timestamp,duration,direction,status\n${rows.join('\n')}\n` };
}

const TABLES = ['precomputed_lead_activity', 'precomputed_missed_calls', 'precomputed_listing_inquirers'] as const;

async function plant(db: HcdmDatabase): Promise<void> {
  // No markDataChanged: the figures stay current, as if the planted rows were the data's.
  await db.dataSource.query(`INSERT INTO precomputed_lead_activity (lead_id, customer_id, name, phone, property_id, created_at, call_count, call_seconds, sms_count, last_activity_at)
    VALUES ('LZZZ', '${PLANTED}', 'Nobody', '+10', 'P1', 0, 0, 0, 0, 0)`);
  await db.dataSource.query(`INSERT INTO precomputed_missed_calls (call_id, customer_id, name, phone, occurred_at, status) VALUES ('KZZZ', '${PLANTED}', 'Nobody', '+10', 0, 'missed')`);
  await db.dataSource.query(`INSERT INTO precomputed_listing_inquirers (property_id, customer_id, leads, calls, sms) VALUES ('P1', '${PLANTED}', 1, 0, 0)`);
}

/** Which tables still hold the planted row. */
async function planted(db: HcdmDatabase): Promise<string[]> {
  const holding: string[] = [];
  for (const table of TABLES) {
    const [row] = (await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE customer_id = '${PLANTED}'`)) as { n: number }[];
    if (Number(row?.n) > 0) holding.push(table);
  }
  return holding;
}

/** The tables' rows but the planted ones, in one order. */
async function dump(manager: HcdmDatabase['dataSource']['manager']): Promise<string[][]> {
  const tables: string[][] = [];
  for (const table of TABLES) {
    const rows = (await manager.query(`SELECT * FROM ${table} WHERE customer_id <> '${PLANTED}'`)) as Record<string, unknown>[];
    tables.push(rows.map((row) => JSON.stringify(row)).sort());
  }
  return tables;
}

/** What a full rebuild makes of the data. */
const rebuilt = (db: HcdmDatabase) => afterRebuild(db, dump);

describe(`the precomputed figures of a write on SQLite, ${CUSTOMERS} customers`, () => {
  it('are computed again for the rows its changes reach, or every table rebuilt once its change log passes a tenth of the records', async () => {
    const dir = makeTempDir();
    const folder = (name: string, files: Record<string, string>) => (writeFiles(join(dir, name), files), join(dir, name));
    const db = await openDatabase({ database: join(dir, 'hcdm.sqlite') });
    try {
      await db.import([folder('first', firstExport())]);
      await plant(db);

      expect(LOGGED_REBUILD_SHARE).toBe(0.1);
      // 4,000 records (2,000 leads, 2,000 calls). 1 new call logs 1 change: the rows it reaches.
      await db.import([folder('one', callsOf(1, 1))]);
      expect(await planted(db)).toEqual([...TABLES]);
      expect(await dump(db.dataSource.manager)).toEqual(await rebuilt(db));

      // 300 calls log 300 changes, 300 / 4,301 records = 7%: still the rows they reach.
      await db.import([folder('some', callsOf(300, 1001))]);
      expect(await planted(db)).toEqual([...TABLES]);
      expect(await dump(db.dataSource.manager)).toEqual(await rebuilt(db));

      // 600 more, 600 / 4,901 = 12%: past 10%, every table is rebuilt.
      await db.import([folder('many', callsOf(600, 2001))]);
      expect(await planted(db)).toEqual([]);
      expect(await dump(db.dataSource.manager)).toEqual(await rebuilt(db));
      // C0001 has K0001 and three later missed calls; C1000 K1000 only.
      const calls = (await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount]);
      expect(calls[0]).toEqual(['L0001', 4]);
    } finally {
      await db.close();
    }
  });
});
