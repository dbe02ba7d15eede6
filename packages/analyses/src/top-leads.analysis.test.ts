import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { topLeads, type TopLeadRow } from './top-leads.analysis.js';

// Per lead, from the fixture's comments: calls (seconds), SMS.
// LA1: K3 30, K6 20 -> 2 (50s), 0 | LA2: K1 60, K2 120, K5 10 -> 3 (190s), S1 -> 1
// LB1: K8 50 -> 1 (50s), 0      | LB2: K7 100 -> 1 (100s), S4 S5 -> 2
// LC1: K10 15 -> 1 (15s), S2 -> 1 | LC2: K9 40 -> 1 (40s), 0
const LA1: TopLeadRow = lead('LA1', 'C1', 'Asha Rao', 'P1', 2, 0, 50);
const LA2: TopLeadRow = lead('LA2', 'C1', 'Asha Rao', 'P2', 3, 1, 190);
const LB1: TopLeadRow = lead('LB1', 'C2', 'Bala Nair', 'P1', 1, 0, 50);
const LB2: TopLeadRow = lead('LB2', 'C2', 'Bala Nair', 'P3', 1, 2, 100);
const LC1: TopLeadRow = lead('LC1', 'C3', 'Chitra Das', 'P1', 1, 1, 15);
const LC2: TopLeadRow = lead('LC2', 'C3', 'Chitra Das', 'P2', 1, 0, 40);

function lead(leadId: string, customerId: string, name: string, propertyId: string, calls: number, sms: number, seconds: number): TopLeadRow {
  const phone = `+91980000000${customerId.slice(1)}`;
  return { leadId, customerId, name, phone, propertyId, callCount: calls, smsCount: sms, callSeconds: seconds, engagement: calls + sms };
}

async function fixture() {
  const db = await openTempDatabase();
  await insertFixture(db, ATTRIBUTION_CASES);
  return db;
}

describeEachDatabase('topLeads', () => {
  it('ranks by attributed calls, ties by lead id, leaving out leads without calls', async () => {
    const db = await fixture();
    expect(await topLeads(db.dataSource.manager, { metric: 'callCount', limit: 10 })).toEqual([LA2, LA1, LB1, LB2, LC1, LC2]);
    await db.close();
  });

  it('ranks by attributed SMS and leaves out leads with none', async () => {
    const db = await fixture();
    expect(await topLeads(db.dataSource.manager, { metric: 'smsCount', limit: 10 })).toEqual([LB2, LA2, LC1]);
    await db.close();
  });

  it('ranks by call seconds', async () => {
    const db = await fixture();
    expect(await topLeads(db.dataSource.manager, { metric: 'callSeconds', limit: 10 })).toEqual([LA2, LB2, LA1, LB1, LC2, LC1]);
    await db.close();
  });

  it('ranks by engagement (calls + SMS)', async () => {
    const db = await fixture();
    expect(await topLeads(db.dataSource.manager, { metric: 'engagement', limit: 10 })).toEqual([LA2, LB2, LA1, LC1, LB1, LC2]);
    await db.close();
  });

  it('returns at most `limit` rows', async () => {
    const db = await fixture();
    expect(await topLeads(db.dataSource.manager, { metric: 'callCount', limit: 2 })).toEqual([LA2, LA1]);
    await db.close();
  });

  it('counts only records in the range', async () => {
    const db = await fixture();
    // [2026-03-05T00:00Z, 2026-03-07T00:00Z): calls K2 K5 (LA2), K6 (LA1); SMS S1 (LA2).
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-07T00:00:00Z') };
    expect(await topLeads(db.dataSource.manager, { metric: 'engagement', limit: 10, range })).toEqual([
      { ...LA2, callCount: 2, smsCount: 1, callSeconds: 130, engagement: 3 },
      { ...LA1, callCount: 1, callSeconds: 20, engagement: 1 },
    ]);
    await db.close();
  });
}, { citus: true });
