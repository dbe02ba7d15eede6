import { join } from 'node:path';
import { markDataChanged } from '@hcdm/core';
import { rebuildPrecomputed } from '@hcdm/analyses';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

/** Every table the precomputed figures are stored in. */
const TABLES = ['precomputed_lead_activity', 'precomputed_missed_calls', 'precomputed_listing_inquirers', 'precomputed_quarter_hours', 'precomputed_record_days', 'precomputed_scoring'];

/** Every row of every precomputed table, each table's rows in one order whatever the engine wrote them in. */
async function dump(manager: HcdmDatabase['dataSource']['manager']): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = (await manager.query(`SELECT * FROM ${table}`)) as Record<string, unknown>[];
    tables[table] = rows.map((row) => JSON.stringify(Object.entries(row).map(([column, value]) => [column, value === null ? null : String(value)]))).sort();
  }
  return tables;
}

class Rollback extends Error {
  constructor(readonly tables: Record<string, string[]>) {
    super('rollback');
  }
}

/** The tables as a full rebuild from the data makes them, in a transaction rolled back after. */
async function rebuilt(db: HcdmDatabase): Promise<Record<string, string[]>> {
  try {
    await db.dataSource.transaction(async (tx) => {
      await markDataChanged(tx);
      await rebuildPrecomputed(tx, { scoring: db.scoring });
      throw new Rollback(await dump(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.tables;
    throw error;
  }
  throw new Error('the transaction was not rolled back');
}

/** After a change the tables were updated (not rebuilt) to: exactly what a rebuild makes. */
async function expectAsRebuilt(db: HcdmDatabase): Promise<void> {
  expect(await dump(db.dataSource.manager)).toEqual(await rebuilt(db));
}

async function scores(db: HcdmDatabase, command = 'show top 5 leads by score'): Promise<unknown[]> {
  return (await db.query(command)).rows.map((row) => [row.leadId, row.score, row.tier]);
}

const CUSTOMERS = 'customer_id,name,phone\nC1,Asha,+919800000001\nC2,Ravi,+919800000002\nC3,Meena,+919800000003\n';
const LISTINGS = 'property_id,title,location,price\nP1,Flat,Pune,100\nP2,Villa,Mumbai,200\n';
const LEADS_HEADER = 'lead_id,customer_id,property_id,timestamp\n';
const CALLS_HEADER = 'call_id,customer_id,timestamp,duration,direction,status\n';
// L1: three calls of 100 s, the latest 03-01; L2: only its creation on 03-10, the latest instant of the data.
const LEADS = `${LEADS_HEADER}L1,C1,P1,2026-02-20T00:00:00Z\nL2,C2,P2,2026-03-10T00:00:00Z\n`;
const CALLS = `${CALLS_HEADER}K1,C1,2026-02-25T00:00:00Z,100,inbound,answered\nK2,C1,2026-02-28T00:00:00Z,100,inbound,missed\nK3,C1,2026-03-01T00:00:00Z,100,outbound,answered\n`;

describeEachDatabase('the precomputed figures updated by a write', () => {
  it('equal a full rebuild after a changed row, a moved tracking number, a merge and an unmerge', async () => {
    const dir = makeTempDir();
    const folder = (name: string, files: Record<string, string>) => (writeFiles(join(dir, name), files), join(dir, name));
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      await db.import([folder('first', { 'customers.csv': CUSTOMERS, 'listings.csv': LISTINGS, 'leads.csv': LEADS, 'calls.csv': CALLS })]);
      await expectAsRebuilt(db);
      // "now" is 03-10. L1: calls 30 x (1 - 2^-1) = 15, seconds 20 x (1 - 2^(-300/300)) = 10, recency 9 days
      // idle: 30 x 0.5^(9/14) = 19.21 -> 19.2; 44.2, warm. L2: idle 0 days, 30.0, cold.
      expect(await scores(db)).toEqual([
        ['L1', 44.2, 'warm'],
        ['L2', 30, 'cold'],
      ]);

      // A later lead L3 of C3 (03-24) moves "now" 14 days on: L1, untouched, is 23 days idle,
      // 30 x 0.5^(23/14) = 9.61 -> 9.6, 34.6 and cold; L2 14 days, 15.0; L3 30.0.
      await db.import([folder('later', { 'leads.csv': `${LEADS_HEADER}L3,C3,P1,2026-03-24T00:00:00Z\n` })]);
      await expectAsRebuilt(db);
      expect(await scores(db)).toEqual([
        ['L1', 34.6, 'cold'],
        ['L3', 30, 'cold'],
        ['L2', 15, 'cold'],
      ]);
      expect(await scores(db, 'show warm leads')).toEqual([]);
      expect(await scores(db, 'show top 1 leads by score')).toEqual([['L1', 34.6, 'cold']]);

      // A changed row: K1 moves from C1 on 02-25 to C2 on 03-05 (its old quarter hour loses it, a new one
      // gains it); C2's only lead L2 comes after it (03-10), so as the earliest it takes K1.
      await db.import([folder('moved', { 'calls.csv': `${CALLS_HEADER}K1,C2,2026-03-05T00:00:00Z,100,inbound,answered\n` })]);
      await expectAsRebuilt(db);
      const buckets = (await db.dataSource.query(`SELECT bucket, n FROM precomputed_quarter_hours WHERE source = 'calls' ORDER BY bucket`)) as { bucket: unknown; n: unknown }[];
      // 02-28, 03-01, 03-05 at 00:00 UTC: epoch ms / 900,000.
      expect(buckets.map((row) => [Number(row.bucket), Number(row.n)])).toEqual([
        [Date.UTC(2026, 1, 28) / 900_000, 1],
        [Date.UTC(2026, 2, 1) / 900_000, 1],
        [Date.UTC(2026, 2, 5) / 900_000, 1],
      ]);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([
        ['L1', 2],
        ['L2', 1],
      ]);

      // A tracking number on P2 tags a call of C1 (no lead on P2: no lead's); moved to P1, it is L1's.
      const tracked = `${CALLS_HEADER.trimEnd()},tracking_number\nK4,C1,2026-03-02T00:00:00Z,50,inbound,answered,+918000000001\n`;
      await db.import([folder('tracked', { 'tracking_numbers.csv': 'tracking_number,property_id\n+918000000001,P2\n', 'calls.csv': tracked })]);
      await expectAsRebuilt(db);
      await db.import([folder('retagged', { 'tracking_numbers.csv': 'tracking_number,property_id\n+918000000001,P1\n' })]);
      await expectAsRebuilt(db);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([
        ['L1', 3],
        ['L2', 1],
      ]);

      // Merging C2 into C1: K1 goes to C1's latest lead at or before 03-05, L1; L2 keeps its creation only.
      await db.merge('C2', 'C1');
      await expectAsRebuilt(db);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([['L1', 4]]);
      await db.unmerge('C2');
      await expectAsRebuilt(db);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([
        ['L1', 3],
        ['L2', 1],
      ]);
    } finally {
      await db.close();
    }
  });
}, { citus: true });
