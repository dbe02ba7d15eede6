import { join } from 'node:path';
import { CHANGE_LOG_ALL_TIME, startChangeLog } from '@hcdm/core';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { afterRebuild } from './analytics.test-utils.js';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

// SQLite's imports log their changes (core's change-log.ts) and compute again only the rows the
// log reaches (changed-rows.ts). The cases below are those a narrower pass could miss: a row whose
// own record did not change but whose figures did.

const ms = (iso: string) => Date.parse(iso);

async function tables(manager: HcdmDatabase['dataSource']['manager']): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const table of ['precomputed_lead_activity', 'precomputed_missed_calls', 'precomputed_listing_inquirers', 'precomputed_quarter_hours', 'precomputed_record_days']) {
    // In one order whatever order the engine wrote them in (the days table has no key to sort by).
    const rows = (await manager.query(`SELECT * FROM ${table}`)) as unknown[];
    out.push(rows.map((row) => JSON.stringify(row)).sort());
  }
  return out;
}

/** What a full rebuild makes of the data. */
const rebuilt = (db: HcdmDatabase) => afterRebuild(db, tables);

describe('an import on SQLite', () => {
  it('logs each side of each change: the customer, the instant, the listing, the lead, the call and the counts', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'customers.csv': 'customer_id,name,phone\nC1,Asha,+919800000001\n',
      'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\nP2,Villa,Mumbai,200\n',
      'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T10:00:00Z\n',
    });
    const db = await openDatabase({ database: join(dir, 'hcdm.sqlite') });
    try {
      await db.import([dir]);
      const log = await db.dataSource
        .transaction(async (tx) => {
          expect(await startChangeLog(tx)).toBe('hcdm_change_log');
          await tx.query(`INSERT INTO calls (call_id, customer_id, occurred_at, duration_seconds, direction, status, attributed_lead_id, attributed_property_id)
            VALUES ('K1', 'C1', ${ms('2026-03-02T00:00:00Z')}, 5, 'inbound', 'answered', 'L1', 'P1')`);
          await tx.query(`UPDATE leads SET property_id = 'P2' WHERE lead_id = 'L1'`);
          await tx.query(`UPDATE customers SET name = 'Asha R' WHERE customer_id = 'C1'`);
          await tx.query(`UPDATE customers SET email = 'asha@example.com' WHERE customer_id = 'C1'`); // no figure shows an email
          const rows = (await tx.query('SELECT customer_id, at, property_id, lead_id, call_id, leads, calls, sms FROM hcdm_change_log ORDER BY rowid')) as Record<string, unknown>[];
          throw Object.assign(new Error('rollback'), { rows });
        })
        .catch((error: Error & { rows?: unknown[] }) => error.rows);
      const allTime = Number(CHANGE_LOG_ALL_TIME);
      expect(log?.map((row) => Object.values(row as object).map((value) => (typeof value === 'bigint' ? Number(value) : value)))).toEqual([
        ['C1', ms('2026-03-02T00:00:00Z'), 'P1', 'L1', 'K1', 0, 1, 0],
        ['C1', ms('2026-03-01T10:00:00Z'), 'P1', 'L1', null, -1, 0, 0],
        ['C1', ms('2026-03-01T10:00:00Z'), 'P2', 'L1', null, 1, 0, 0],
        ['C1', allTime, null, null, null, 0, 0, 0],
        ['C1', allTime, null, null, null, 0, 0, 0],
      ]);
      // Rolled back with the transaction: no trigger is left behind.
      expect(await db.dataSource.query(`SELECT name FROM sqlite_temp_master WHERE type = 'trigger'`)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('keeps the figures a rebuild gives when a change reaches rows whose own records stayed', async () => {
    const dir = makeTempDir();
    const folder = (name: string, files: Record<string, string>) => (writeFiles(join(dir, name), files), join(dir, name));
    const db = await openDatabase({ database: join(dir, 'hcdm.sqlite') });
    const calls = 'call_id,customer_id,timestamp,duration,direction,status\n';
    try {
      // L1 (C1, 03-01 10:00) has K1 and K2 (03-02 09:00), a missed call: C1 is never called or
      // texted back. C1's L5 (03-05) has nothing. C2's only lead L2 (03-05) comes after K6 (03-01)
      // and K3 (03-03): as the earliest, it takes both. C3 has L4 and no record. K9 of C1 is tagged
      // P3, where C1 has no lead: no lead's.
      await db.import([
        folder('first', {
          'customers.csv': 'customer_id,name,phone\nC1,Asha,+919800000001\nC2,Ravi,+919800000002\nC3,Meena,+919800000003\n',
          'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\nP2,Villa,Mumbai,200\nP3,Plot,Nashik,50\n',
          'leads.csv': `lead_id,customer_id,property_id,timestamp
L1,C1,P1,2026-03-01T10:00:00Z\nL2,C2,P2,2026-03-05T10:00:00Z\nL4,C3,P1,2026-03-01T08:00:00Z\nL5,C1,P2,2026-03-05T10:00:00Z\n`,
          'calls.csv': `${calls.trimEnd()},property_id
K1,C1,2026-03-01T11:00:00Z,60,inbound,answered,\nK2,C1,2026-03-02T09:00:00Z,0,inbound,missed,\nK3,C2,2026-03-03T09:00:00Z,30,inbound,answered,
K6,C2,2026-03-01T09:00:00Z,10,inbound,answered,\nK9,C1,2026-03-04T09:00:00Z,15,inbound,answered,P3\n`,
        }),
      ]);
      expect((await db.query('show missed calls')).rows.map((row) => [row.callId, row.returnSeconds])).toEqual([['K2', null]]);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([['L1', 2], ['L2', 2]]);

      // The week after: an outbound SMS S1 to C1 on 03-10 09:00, L5's (C1's latest lead before it),
      // returns K2 eight days on (691,200 s) and is the first response to L1 (03-01 10:00 to 03-10
      // 09:00: 215 h, 774,000 s) as well as to L5 (119 h, 428,400 s). A lead L3 of C2 on 03-02,
      // before K3, takes K3 from L2, and as C2's earliest lead now, K6 too: C2's changes start on
      // 03-02, and K6, before that, has no lead of C2 before 03-02 to keep. Meena, of no record,
      // is now Meena Iyer. C1's lead L6 on P3 (03-11) takes K9 as the earliest lead on P3: K9 is
      // before C1's changes (03-10) and C1 has a lead before them, but none on P3.
      await db.import([
        folder('week', {
          'customers.csv': 'customer_id,name,phone\nC3,Meena Iyer,+919800000003\n',
          'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL3,C2,P2,2026-03-02T09:00:00Z\nL6,C1,P3,2026-03-11T09:00:00Z\n',
          'sms.csv': 'sms_id,customer_id,timestamp,message_length,direction\nS1,C1,2026-03-10T09:00:00Z,20,outbound\n',
        }),
      ]);
      // Returned, though not within the 24 hours `show missed calls` counts by default.
      expect(await db.dataSource.query('SELECT call_id, return_ms FROM precomputed_missed_calls')).toEqual([{ call_id: 'K2', return_ms: 691_200_000 }]);
      expect((await db.query('show missed calls within 200 hours')).rows.map((row) => [row.callId, row.returnSeconds])).toEqual([['K2', 691200]]);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([['L1', 2], ['L3', 2], ['L6', 1]]);
      expect(await db.dataSource.query('SELECT lead_id, name, response_ms FROM precomputed_lead_activity ORDER BY lead_id')).toEqual([
        { lead_id: 'L1', name: 'Asha', response_ms: 774_000_000 },
        { lead_id: 'L2', name: 'Ravi', response_ms: null },
        { lead_id: 'L3', name: 'Ravi', response_ms: null },
        { lead_id: 'L4', name: 'Meena Iyer', response_ms: null },
        { lead_id: 'L5', name: 'Asha', response_ms: 428_400_000 },
        { lead_id: 'L6', name: 'Asha', response_ms: null },
      ]);
      expect((await db.query('show top 5 leads by sms volume')).rows.map((row) => [row.leadId, row.smsCount])).toEqual([['L5', 1]]);
      // P2's pairs: C1 with L5 and S1; C2 with the leads L2 and L3, and K3 and K6 (on P2 through either lead).
      expect(await db.dataSource.query(`SELECT customer_id, leads, calls, sms FROM precomputed_listing_inquirers WHERE property_id = 'P2' ORDER BY customer_id`)).toEqual([
        { customer_id: 'C1', leads: 1, calls: 0, sms: 1 },
        { customer_id: 'C2', leads: 2, calls: 2, sms: 0 },
      ]);
      expect(await tables(db.dataSource.manager)).toEqual(await rebuilt(db));
    } finally {
      await db.close();
    }
  });
});
