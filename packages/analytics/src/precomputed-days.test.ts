import { join } from 'node:path';
import { agentRanking, callOutcomes, precomputedIsCurrent } from '@hcdm/analyses';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import type { EntityManager } from 'typeorm';
import { expect, it } from 'vitest';
import { afterRebuild } from './analytics.test-utils.js';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

// The calls are stored per UTC day, agent, direction and status, the SMS per day and agent
// (record-days.table.ts); `show agents` and `show call outcomes` read a period's whole days there
// and its partial days at either edge from the records (whole-days.ts).

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso) / DAY;

const CUSTOMERS = 'customer_id,name,phone\nC1,Asha,+919800000001\nC2,Ravi,+919800000002\n';
const CALLS_HEADER = 'call_id,customer_id,timestamp,duration,direction,status,agent\n';
// Anita: K0 and K1 on 03-01 (05:00 and 10:00), K2 missed late on 03-02, K3 outbound just after
// midnight; Rahul: K4 at 06:00 on 03-03, the latest instant of the data ("now"), and K6 before 1970
// (day -1, floored). K5 has no agent.
const CALLS = `${CALLS_HEADER}K0,C1,2026-03-01T05:00:00Z,10,inbound,answered,Anita
K1,C1,2026-03-01T10:00:00Z,60,inbound,answered,Anita
K2,C1,2026-03-02T23:30:00Z,0,inbound,missed,Anita
K3,C1,2026-03-03T00:30:00Z,120,outbound,answered,Anita
K4,C2,2026-03-03T06:00:00Z,30,inbound,answered,Rahul
K5,C2,2026-03-02T08:00:00Z,45,inbound,answered,
K6,C2,1969-12-31T12:00:00Z,5,outbound,answered,Rahul
`;
const SMS = 'sms_id,customer_id,timestamp,message_length,direction,agent\nS1,C1,2026-03-02T12:00:00Z,20,outbound,Anita\n';

/** [source, agent, day, direction, status, records, seconds] of every stored row, in code-unit order of their JSON. */
const stored = async (manager: EntityManager) =>
  ((await manager.query('SELECT * FROM precomputed_record_days')) as Record<string, unknown>[])
    .map((row) => [row.source, row.agent, Number(row.day), row.direction, row.status, Number(row.records), Number(row.seconds)])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** [direction, status, calls] of the outcomes that occur. */
const outcomes = async (db: HcdmDatabase, command: string) =>
  (await db.query(command)).rows.filter((row) => Number(row.calls) > 0).map((row) => [row.direction, row.status, row.calls]);

const agents = async (db: HcdmDatabase, command: string) =>
  (await db.query(command)).rows.map((row) => [row.agent, row.calls, row.callSeconds, row.sms, row.missedCalls, row.unreturnedMissedCalls]);

/** [inbound calls, outbound calls, answer rate] of an agent's summary. */
const summary = async (db: HcdmDatabase, command: string) => {
  const [row] = (await db.query(command)).rows;
  return [row?.inboundCalls, row?.outboundCalls, row?.answerRate];
};

describeEachDatabase('the agents and the call outcomes per day', () => {
  it('are stored per UTC day, read whole inside a period and from the records at its edges, and follow a changed call', async () => {
    const dir = makeTempDir();
    const folder = (name: string, files: Record<string, string>) => (writeFiles(join(dir, name), files), join(dir, name));
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      await db.import([folder('first', { 'customers.csv': CUSTOMERS, 'calls.csv': CALLS, 'sms.csv': SMS })]);
      // K0 and K1 share 03-01 (70 s, both inbound answered); K5 has no agent but counts as a call
      // outcome; S1 is an SMS, its direction and status not kept; K6's day is -1, not 0.
      expect(await stored(db.dataSource.manager)).toEqual([
        ['calls', 'Anita', day('2026-03-01'), 'inbound', 'answered', 2, 70],
        ['calls', 'Anita', day('2026-03-02'), 'inbound', 'missed', 1, 0],
        ['calls', 'Anita', day('2026-03-03'), 'outbound', 'answered', 1, 120],
        ['calls', 'Rahul', -1, 'outbound', 'answered', 1, 5],
        ['calls', 'Rahul', day('2026-03-03'), 'inbound', 'answered', 1, 30],
        ['calls', null, day('2026-03-02'), 'inbound', 'answered', 1, 45],
        ['sms', 'Anita', day('2026-03-02'), null, null, 1, 0],
      ]);
      expect(await outcomes(db, 'show call outcomes')).toEqual([
        ['inbound', 'answered', 4],
        ['inbound', 'missed', 1],
        ['outbound', 'answered', 2],
      ]);
      // [agent, calls, seconds, SMS, missed, unreturned]. All time: Anita's four calls, 190 s; K2 is
      // returned by K3 an hour later; Rahul's K4 and K6.
      expect(await agents(db, 'show agents by calls')).toEqual([
        ['Anita', 4, 190, 1, 1, 0],
        ['Rahul', 2, 35, 0, 0, 0],
      ]);
      // Anita's inbound calls K0, K1 (one stored row of two) and K2, two answered; K3 outbound.
      expect(await summary(db, 'show agent summary for Anita')).toEqual([3, 1, 0.6667]);
      // The last 2 days: 48 hours to 03-03 06:00 (included), from 03-01 06:00. 03-02 is whole (K2,
      // S1); of 03-01 only K1 (10:00) is in, K0 (05:00) is not; of 03-03 K3 and K4 (at "now").
      expect(await agents(db, 'show agents by calls in last 2 days')).toEqual([
        ['Anita', 3, 180, 1, 1, 0],
        ['Rahul', 1, 30, 0, 0, 0],
      ]);
      expect(await summary(db, 'show agent summary for Anita in last 2 days')).toEqual([2, 1, 0.5]);
      // The same 48 hours: K1, K2, K5 (no agent), K3 and K4; not K0.
      expect(await outcomes(db, 'show call outcomes in last 2 days')).toEqual([
        ['inbound', 'answered', 3],
        ['inbound', 'missed', 1],
        ['outbound', 'answered', 1],
      ]);
      // The last day, 03-02 06:00 to 03-03 06:00, holds no whole UTC day: all from the records, K2 and
      // S1 of 03-02, K3 and K4 of 03-03.
      expect(await agents(db, 'show agents by calls in last 1 days')).toEqual([
        ['Anita', 2, 120, 1, 1, 0],
        ['Rahul', 1, 30, 0, 0, 0],
      ]);
      // Inside one day, crossing no midnight (as a program may ask): 03-03 01:00 to 07:00, K4 alone.
      const within = { from: Date.parse('2026-03-03T01:00:00Z'), to: Date.parse('2026-03-03T07:00:00Z') };
      expect((await agentRanking(db.dataSource.manager, { metric: 'calls', range: within })).map((row) => [row.agent, row.calls])).toEqual([['Rahul', 1]]);
      // A whole day and the start of the next: 03-01 (K0, K1) and 03-02 up to 18:30 (K5, S1), not K2 at 23:30.
      const toEvening = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-03-02T18:30:00Z') };
      expect((await agentRanking(db.dataSource.manager, { metric: 'calls', range: toEvening })).map((row) => [row.agent, row.calls, row.sms, row.missedCalls])).toEqual([
        ['Anita', 2, 1, 0],
      ]);
      expect((await callOutcomes(db.dataSource.manager, { range: toEvening })).filter((row) => row.calls > 0).map((row) => [row.direction, row.status, row.calls])).toEqual([
        ['inbound', 'answered', 3],
      ]);

      // K2 is Rahul's now, answered for 45 s, and a day earlier (03-01 20:00): Anita's 03-02 keeps
      // no call (its old day is counted again), Rahul's 03-01 gains it; no call is missed now.
      await db.import([folder('changed', { 'calls.csv': `${CALLS_HEADER}K2,C1,2026-03-01T20:00:00Z,45,inbound,answered,Rahul\n` })]);
      expect(await stored(db.dataSource.manager)).toEqual([
        ['calls', 'Anita', day('2026-03-01'), 'inbound', 'answered', 2, 70],
        ['calls', 'Anita', day('2026-03-03'), 'outbound', 'answered', 1, 120],
        ['calls', 'Rahul', -1, 'outbound', 'answered', 1, 5],
        ['calls', 'Rahul', day('2026-03-01'), 'inbound', 'answered', 1, 45],
        ['calls', 'Rahul', day('2026-03-03'), 'inbound', 'answered', 1, 30],
        ['calls', null, day('2026-03-02'), 'inbound', 'answered', 1, 45],
        ['sms', 'Anita', day('2026-03-02'), null, null, 1, 0],
      ]);
      expect(await stored(db.dataSource.manager)).toEqual(await afterRebuild(db, stored));
      expect(await agents(db, 'show agents by calls in last 2 days')).toEqual([
        ['Anita', 2, 180, 1, 0, 0],
        ['Rahul', 2, 75, 0, 0, 0],
      ]);
      // K2 at 03-01 20:00 is in the 48 hours' first, partial day.
      expect(await outcomes(db, 'show call outcomes in last 2 days')).toEqual([
        ['inbound', 'answered', 4],
        ['outbound', 'answered', 1],
      ]);
    } finally {
      await db.close();
    }
  });

  it('are made at the next query of a database of layout 3, whose own day table goes', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'customers.csv': CUSTOMERS, 'calls.csv': CALLS, 'sms.csv': SMS });
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      await db.import([dir]);
      // Layout 3 kept the agents' days in a table of their own.
      await db.dataSource.query(`UPDATE precomputed_scoring SET scoring_key = 'layout 3, activity:10,5,0.1,3,3,300'`);
      await db.dataSource.query('ALTER TABLE precomputed_record_days RENAME TO precomputed_agent_days');
      expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(false);
      expect(await agents(db, 'show agents by calls')).toEqual([
        ['Anita', 4, 190, 1, 1, 0],
        ['Rahul', 2, 35, 0, 0, 0],
      ]);
      expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(true);
      expect((await stored(db.dataSource.manager)).length).toBe(7);
      // The old table is dropped with the rebuild.
      const runner = db.dataSource.createQueryRunner();
      try {
        expect(await runner.hasTable('precomputed_agent_days')).toBe(false);
      } finally {
        await runner.release();
      }
    } finally {
      await db.close();
    }
  });
}, { citus: true });
