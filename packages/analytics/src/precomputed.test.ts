import { join } from 'node:path';
import { markDataChanged } from '@hcdm/core';
import { precomputedIsCurrent } from '@hcdm/analyses';
import { resultToJson, runCommand } from '@hcdm/query';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

/** Every command whose answer reads a precomputed table, and some that do not, with and without periods. */
const COMMANDS = [
  ...['call volume', 'sms volume', 'call duration', 'engagement', 'score'].map((metric) => `show top 5 leads by ${metric}`),
  ...['hot', 'warm', 'cold'].map((tier) => `show ${tier} leads`),
  'show top 5 leads by score from 2026-03-02 to 2026-03-03',
  'explain lead L1',
  'show customer profile for C1',
  'show speed to lead',
  'show speed to lead from 2026-03-02 to 2026-03-03',
  'show unreached leads',
  'show unreached leads from 2026-03-01 to 2026-03-01',
  'show missed calls',
  'show missed calls from 2026-03-02 to 2026-03-02',
  'show unreturned missed calls within 1 hours',
  'show unreturned missed calls',
  'show top 5 listings by engagement',
  ...['leads', 'call inquiries', 'sms inquiries', 'engagement'].flatMap((metric) => [`show locations by ${metric}`, `show price bands by ${metric}`]),
  'show locations by engagement from 2026-03-01 to 2026-03-02',
  'show price bands by leads with bands 150',
  'show call heatmap',
  'show call heatmap in Asia/Kolkata from 2026-03-01 to 2026-03-02',
  'show sms heatmap in Asia/Kathmandu',
  'show sms heatmap in last 2 days',
  ...['calls', 'missed', 'unreturned', 'speed to lead', 'leads'].map((metric) => `show agents by ${metric}`),
  'show agents by leads from 2026-03-02 to 2026-03-03',
  'show agents by talk time in last 2 days',
  'show agent summary for Anita',
  'show call outcomes',
  'show call outcomes in last 2 days',
  ...['leads', 'speed to lead', 'conversion'].map((metric) => `show sources by ${metric}`),
  'show sources by engagement from 2026-03-01 to 2026-03-02',
];

const CUSTOMERS = 'customer_id,name,phone\nC1,Asha,+919800000001\nC2,Ravi,+919800000002\nC3,Meena,+919800000003\n';
const LISTINGS = 'property_id,title,location,price\nP1,Flat,Pune,100\nP2,Villa,Mumbai,200\n';
const LEADS =
  'lead_id,customer_id,property_id,timestamp,source,agent\nL1,C1,P1,2026-03-01T10:00:00Z,website,Anita\nL2,C2,P2,2026-03-02T10:00:00Z,referral,Karan\nL3,C3,P1,2026-03-03T10:00:00Z,website,\n';
const CALLS_HEADER = 'call_id,customer_id,timestamp,duration,direction,status\n';
const CALLS = `${CALLS_HEADER.trimEnd()},agent\nK1,C1,2026-03-01T10:03:00Z,60,outbound,answered,Anita\nK2,C1,2026-03-01T12:00:00Z,120,inbound,answered,\nK3,C2,2026-03-02T12:00:00Z,0,inbound,missed,Karan\nK4,C2,2026-03-02T13:00:00Z,30,outbound,answered,Karan\n`;
const SMS = 'sms_id,customer_id,timestamp,message_length,direction\nS1,C3,2026-03-03T09:00:00Z,20,inbound\nS2,C1,2026-03-01T10:01:00Z,40,outbound\n';

/** Each command's JSON, as `--format json` prints it. */
async function answers(run: (command: string) => Promise<Parameters<typeof resultToJson>[0]>): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const command of COMMANDS) out.push(resultToJson(await run(command)));
  return out;
}

class Rollback extends Error {
  constructor(readonly answers: unknown[]) {
    super('rollback');
  }
}

/**
 * The same commands computed from scratch: in a transaction that marks the data changed (so no
 * precomputed table is current and every analysis computes from the records), rolled back.
 */
async function fromScratch(db: HcdmDatabase): Promise<unknown[]> {
  try {
    await db.dataSource.transaction(async (tx) => {
      await markDataChanged(tx);
      expect(await precomputedIsCurrent(tx)).toBe(false);
      throw new Rollback(await answers((command) => runCommand(tx, command, { settings: db.settings, scoring: db.scoring })));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.answers;
    throw error;
  }
  throw new Error('the transaction was not rolled back');
}

/** After a change: the tables are current, and every answer equals the one computed from scratch. */
async function expectExact(db: HcdmDatabase): Promise<void> {
  expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(true);
  expect(await answers((command) => db.query(command))).toEqual(await fromScratch(db));
}

async function ids(db: HcdmDatabase, command: string): Promise<unknown[]> {
  return (await db.query(command)).rows.map((row) => [row.leadId, row.callCount ?? row.smsCount]);
}

describeEachDatabase('the precomputed figures', () => {
  it('equal the figures computed from scratch after every way the data changes', async () => {
    const dir = makeTempDir();
    const folder = (name: string, files: Record<string, string>) => (writeFiles(join(dir, name), files), join(dir, name));
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      // 1. The first import. L1: first response S2 at 10:01 (60 s, before K1 at 10:03); L2: K4 at 13:00 (10800 s);
      // L3: none. Median of [60, 10800]: the ceil(0.5 x 2) = 1st, 60 s; p90: the 2nd, 10800 s; within 5 min 1 of 3.
      await db.import([folder('first', { 'customers.csv': CUSTOMERS, 'listings.csv': LISTINGS, 'leads.csv': LEADS, 'calls.csv': CALLS, 'sms.csv': SMS })]);
      await expectExact(db);
      expect((await db.query('show speed to lead')).rows).toEqual([
        { leads: 3, reached: 2, neverReached: 1, medianSeconds: 60, p90Seconds: 10800, within5m: 0.3333, within1h: 0.3333, within24h: 0.6667 },
      ]);
      // L1: K1, K2; L2: K3, K4: a tie of 2, by lead id.
      expect(await ids(db, 'show top 5 leads by call volume')).toEqual([['L1', 2], ['L2', 2]]);
      // K3 (missed 12:00) is returned by K4 at 13:00: exactly 1 hour, within 1 hour (both ends included).
      expect((await db.query('show missed calls')).rows.map((row) => [row.callId, row.returnSeconds])).toEqual([['K3', 3600]]);
      // Pune (P1): L1, L3, K1, K2, S2 (C1) and S1 (C3): 2 leads, 2 calls, 2 SMS, inquirers C1 and C3.
      expect((await db.query('show locations by leads')).rows.find((row) => row.location === 'Pune')).toMatchObject({ leads: 2, callInquiries: 2, smsInquiries: 2, inquirers: 2 });
      // Karan's K3 is his one missed call, returned (K4); Anita missed none. Anita owns L1 (60 s), Karan L2 (10800 s).
      expect((await db.query('show agents by missed')).rows.map((row) => [row.agent, row.missedCalls, row.unreturnedMissedCalls, row.leads, row.medianSpeedToLeadSeconds])).toEqual([
        ['Karan', 1, 0, 1, 10800],
        ['Anita', 0, 0, 1, 60],
      ]);

      // 2. A re-import moves K2 to C3 (a day later) and a new lead L4 of C2 at 12:30 takes K4 (13:00) from L2,
      // and L2 passes from Karan to Anita, from referral to walk-in, and is won. Responses [60 (L1), 1800 (L4: K4), 10800 (L2)], L3 none: median the 2nd, 1800; p90 the ceil(2.7) = 3rd.
      const moved = `${CALLS_HEADER}K2,C3,2026-03-03T11:00:00Z,120,inbound,answered\n`;
      const leads = 'lead_id,customer_id,property_id,timestamp,source,status,agent\nL2,C2,P2,2026-03-02T10:00:00Z,walk-in,closed-won,Anita\nL4,C2,P1,2026-03-02T12:30:00Z,,,\n';
      await db.import([folder('moved', { 'calls.csv': moved, 'leads.csv': leads })]);
      await expectExact(db);
      // Anita owns L1 (60 s) and L2 (10800 s): the nearest-rank median of two is the 1st; Karan none, but his calls list him.
      expect((await db.query('show agents by leads')).rows.map((row) => [row.agent, row.leads, row.medianSpeedToLeadSeconds])).toEqual([
        ['Anita', 2, 60],
        ['Karan', 0, null],
      ]);
      // L2 walk-in and won: walk-in 1 of 1 won, website (L1 L3) 0 of 2, and L4 without a source
      // last; no lead says referral any more, so it has no row.
      expect((await db.query('show sources by conversion')).rows.map((row) => [row.source, row.leads, row.won])).toEqual([
        ['walk-in', 1, 1],
        ['website', 2, 0],
        [null, 1, 0],
      ]);
      expect((await db.query('show speed to lead')).rows).toEqual([
        { leads: 4, reached: 3, neverReached: 1, medianSeconds: 1800, p90Seconds: 10800, within5m: 0.25, within1h: 0.5, within24h: 0.75 },
      ]);
      expect(await ids(db, 'show top 5 leads by call volume')).toEqual([['L1', 1], ['L2', 1], ['L3', 1], ['L4', 1]]);

      // 3. Merging C3 into C1: S1 (03-03 09:00) now goes to C1's latest lead at or before it, L1, beside S2.
      await db.merge('C3', 'C1');
      await expectExact(db);
      expect(await ids(db, 'show top 5 leads by sms volume')).toEqual([['L1', 2]]);

      // 4. Unmerging gives back S1 to L3.
      await db.unmerge('C3');
      await expectExact(db);
      expect(await ids(db, 'show top 5 leads by sms volume')).toEqual([['L1', 1], ['L3', 1]]);

      // 5. A tracking number on P2 tags K5: C1 has no lead on P2, so it counts for no lead; moved to P1, K5 is L1's.
      const tracked = `${CALLS_HEADER.trimEnd()},tracking_number\nK5,C1,2026-03-04T10:00:00Z,45,inbound,answered,+918000000001\n`;
      await db.import([folder('tracked', { 'tracking_numbers.csv': 'tracking_number,property_id\n+918000000001,P2\n', 'calls.csv': tracked })]);
      await expectExact(db);
      expect(await ids(db, 'show top 5 leads by call volume')).toEqual([['L1', 1], ['L2', 1], ['L3', 1], ['L4', 1]]);
      await db.import([folder('retagged', { 'tracking_numbers.csv': 'tracking_number,property_id\n+918000000001,P1\n' })]);
      await expectExact(db);
      expect(await ids(db, 'show top 5 leads by call volume')).toEqual([['L1', 2], ['L2', 1], ['L3', 1], ['L4', 1]]);

      // 6. Importing the last file again changes nothing: the figures stay current without a rebuild.
      const generation = await db.dataSource.query('SELECT generation FROM data_generation');
      await db.import([join(dir, 'retagged')]);
      expect(await db.dataSource.query('SELECT generation FROM data_generation')).toEqual(generation);
      await expectExact(db);

      // 7. K3 passes from Karan to Anita; Karan misses K7 (03-05 09:00), and the first outbound record
      // to C2 after it is K8, 25 hours later: missed, but not returned within the 24 hours.
      const late = `${CALLS_HEADER.trimEnd()},agent\nK3,C2,2026-03-02T12:00:00Z,0,inbound,missed,Anita\nK7,C2,2026-03-05T09:00:00Z,0,inbound,missed,Karan\nK8,C2,2026-03-06T10:00:00Z,40,outbound,answered,Karan\n`;
      await db.import([folder('late', { 'calls.csv': late })]);
      await expectExact(db);
      expect((await db.query('show agents by unreturned')).rows.map((row) => [row.agent, row.missedCalls, row.unreturnedMissedCalls])).toEqual([
        ['Karan', 1, 1],
        ['Anita', 1, 0],
      ]);
    } finally {
      await db.close();
    }
  });

  it('an older layout (tables without the agents, sources and statuses) is not read but rebuilt at the next query', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'customers.csv': CUSTOMERS, 'listings.csv': LISTINGS, 'leads.csv': LEADS, 'calls.csv': CALLS, 'sms.csv': SMS });
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      await db.import([dir]);
      // What an hcdm before layout 2 left: its key, and the activity table without its agent column.
      await db.dataSource.query(`UPDATE precomputed_scoring SET scoring_key = 'activity:10,5,0.1,3,3,300'`);
      await db.dataSource.query('ALTER TABLE precomputed_lead_activity DROP COLUMN agent');
      expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(false);
      expect((await db.query('show agents by leads')).rows.map((row) => [row.agent, row.leads])).toEqual([
        ['Anita', 1],
        ['Karan', 1],
      ]);
      expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(true);
      await expectExact(db);
    } finally {
      await db.close();
    }
  });

  it('are left alone on a read-only database, whose analyses then compute from scratch', async () => {
    const database = await createTestDatabase();
    const writer = await openDatabase({ database });
    const dir = makeTempDir();
    writeFiles(dir, { 'customers.csv': CUSTOMERS, 'listings.csv': LISTINGS, 'leads.csv': LEADS, 'calls.csv': CALLS, 'sms.csv': SMS });
    await writer.import([dir]);
    await markDataChanged(writer.dataSource.manager); // as a program writing the tables itself must
    await writer.close();
    const reader = await openDatabase({ database, readonly: true });
    try {
      expect(await ids(reader, 'show top 5 leads by call volume')).toEqual([['L1', 2], ['L2', 2]]);
      expect(await precomputedIsCurrent(reader.dataSource.manager)).toBe(false);
    } finally {
      await reader.close();
    }
  });
}, { citus: true });
