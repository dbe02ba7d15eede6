import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase, type Fixture } from '../query.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';

// Three calls near the edges of March: in Asia/Kolkata (+05:30) the first falls on 1 March and
// the last on 1 April, so the same "from 2026-03-01 to 2026-03-31" picks different calls than in UTC.
const EDGES: Fixture = {
  customers: [['C1', 'Asha Rao', '+919800000001']],
  listings: [['P1', '2BHK Andheri', 'Mumbai', 100]],
  leads: [['L1', 'C1', 'P1', '2026-01-01T00:00:00Z']],
  calls: [
    ['K1', 'C1', '2026-02-28T19:00:00Z', 10], // 2026-03-01 00:30 in Kolkata
    ['K2', 'C1', '2026-03-15T12:00:00Z', 20],
    ['K3', 'C1', '2026-03-31T19:00:00Z', 40], // 2026-04-01 00:30 in Kolkata
  ],
};

async function summaryRow(command: string, timeZone: string) {
  const db = await openTempDatabase({ settings: { timeZone } });
  await insertFixture(db, EDGES);
  const result = await db.query(command);
  await db.close();
  const { calls, callSeconds, firstContact, lastContact } = result.rows[0] ?? {};
  return { calls, callSeconds, firstContact, lastContact };
}

describeEachDatabase('from DATE to DATE', () => {
  it('takes whole days in UTC by default', async () => {
    expect(await summaryRow('show customer activity summary for C1 from 2026-03-01 to 2026-03-31', 'UTC')).toEqual({
      calls: 2,
      callSeconds: 60,
      firstContact: '2026-03-15T12:00:00.000Z',
      lastContact: '2026-03-31T19:00:00.000Z',
    });
  });

  it('takes whole days in the configured zone', async () => {
    expect(await summaryRow('show customer activity summary for C1 from 2026-03-01 to 2026-03-31', 'Asia/Kolkata')).toEqual({
      calls: 2,
      callSeconds: 30,
      firstContact: '2026-03-01T00:30:00.000+05:30',
      lastContact: '2026-03-15T17:30:00.000+05:30',
    });
  });

  it('includes both days of a one-day period', async () => {
    expect(await summaryRow('show customer activity summary for C1 from 2026-04-01 to 2026-04-01', 'Asia/Kolkata')).toEqual({
      calls: 1,
      callSeconds: 40,
      firstContact: '2026-04-01T00:30:00.000+05:30',
      lastContact: '2026-04-01T00:30:00.000+05:30',
    });
  });

  it('applies to the rankings too, and says so in the title and command', async () => {
    const db = await openTempDatabase({ settings: { timeZone: 'Asia/Kolkata' } });
    await insertFixture(db, EDGES);
    const result = await db.query('show top 5 leads by call duration from 2026-03-01 to 2026-03-31');
    await db.close();
    expect([result.command, result.title, result.rows]).toEqual([
      'show top 5 leads by call duration from 2026-03-01 to 2026-03-31',
      'Top 5 leads by call duration (2026-03-01 to 2026-03-31)',
      [{ leadId: 'L1', customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', propertyId: 'P1', callSeconds: 30 }],
    ]);
  });
}, { citus: true });

describeEachDatabase('in last N days', () => {
  it('ends at the latest timestamp in the data, not the wall clock', async () => {
    // Latest: S5 at 2026-03-12T00:00Z, so the last 2 days start at 2026-03-10T00:00Z:
    // calls K7 K8 (C2), SMS S4 S5 (LB2). LB2: 1 call + 2 SMS; LB1: 1 call.
    const db = await openTempDatabase();
    await insertFixture(db, ATTRIBUTION_CASES);
    const result = await db.query('show top 5 leads by engagement in last 2 days');
    await db.close();
    expect(result.rows.map((row) => [row.leadId, row.engagement])).toEqual([
      ['LB2', 3],
      ['LB1', 1],
    ]);
  });

  it('ends at the given now, both ends included', async () => {
    // [2026-03-05T10:00Z, 2026-03-06T10:00Z]: K5 (exactly the start), S1, K2 (exactly now); not K6.
    const db = await openTempDatabase({ now: new Date('2026-03-06T10:00:00Z') });
    await insertFixture(db, ATTRIBUTION_CASES);
    const result = await db.query('show top 5 leads by engagement in last 1 days');
    await db.close();
    expect(result.rows).toEqual([
      {
        leadId: 'LA2',
        customerId: 'C1',
        name: 'Asha Rao',
        phone: '+919800000001',
        propertyId: 'P2',
        callCount: 2,
        smsCount: 1,
        engagement: 3,
      },
    ]);
  });

  it('counts nothing on an empty database', async () => {
    const db = await openTempDatabase();
    const result = await db.query('show listings with most leads in last 7 days');
    await db.close();
    expect(result.rows).toEqual([]);
  });
}, { citus: true });
