import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { topListings, type TopListingRow } from './top-listings.analysis.js';

// Per listing, from the fixture's comments (customers in brackets):
// P1: calls K3 K6 (C1) K8 (C2) K10 (C3) = 4 [C1 C2 C3]; SMS S2 [C3] = 1; leads LA1 LB1 LC1 = 3 [C1 C2 C3]
// P2: calls K1 K2 K5 (C1) K9 (C3) = 4 [C1 C3]; SMS S1 (C1) S3 (C4) = 2 [C1 C4]; leads LA2 LC2 = 2 [C1 C3]
// P3: calls K4 (C1) K7 (C2) = 2 [C1 C2]; SMS S4 S5 = 2 [C2]; leads LB2 LD1 = 2 [C2 C6]
// P4: nothing. Engagement inquirers: P1 [C1 C2 C3] = 3, P2 [C1 C3 C4] = 3, P3 [C1 C2] = 2.
const P1 = { propertyId: 'P1', title: '2BHK Andheri', location: 'Mumbai', price: 100, callInquiries: 4, smsInquiries: 1, leads: 3, engagement: 5 };
const P2 = { propertyId: 'P2', title: 'Villa Whitefield', location: 'Bengaluru', price: 300, callInquiries: 4, smsInquiries: 2, leads: 2, engagement: 6 };
const P3 = { propertyId: 'P3', title: 'Plot Baner', location: 'Pune', price: 200, callInquiries: 2, smsInquiries: 2, leads: 2, engagement: 4 };

async function rank(options: Parameters<typeof topListings>[1]): Promise<TopListingRow[]> {
  const db = await openTempDatabase();
  await insertFixture(db, ATTRIBUTION_CASES);
  const rows = await topListings(db.dataSource.manager, options);
  await db.close();
  return rows;
}

describeEachDatabase('topListings', () => {
  it('ranks by attributed SMS, ties by property id, inquirers among those SMS', async () => {
    expect(await rank({ metric: 'smsInquiries', limit: 10 })).toEqual([
      { ...P2, inquirers: 2 },
      { ...P3, inquirers: 1 },
      { ...P1, inquirers: 1 },
    ]);
  });

  it('ranks by attributed calls, with untagged calls of customers without leads counting nowhere', async () => {
    expect(await rank({ metric: 'callInquiries', limit: 10 })).toEqual([
      { ...P1, inquirers: 3 },
      { ...P2, inquirers: 2 },
      { ...P3, inquirers: 2 },
    ]);
  });

  it('ranks by leads', async () => {
    expect(await rank({ metric: 'leads', limit: 10 })).toEqual([
      { ...P1, inquirers: 3 },
      { ...P2, inquirers: 2 },
      { ...P3, inquirers: 2 },
    ]);
  });

  it('ranks by engagement, inquirers over calls and SMS together', async () => {
    expect(await rank({ metric: 'engagement', limit: 2 })).toEqual([
      { ...P2, inquirers: 3 },
      { ...P1, inquirers: 3 },
    ]);
  });

  it('counts only records in the range, leads by their creation time', async () => {
    // [2026-03-05T00:00Z, 2026-03-11T00:00Z): calls K2 K5 (P2) K4 (P3) K6 (P1) K7 (P3) K8 (P1);
    // SMS S1 (P2); leads LA2 (P2), LB2 LD1 (P3).
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-11T00:00:00Z') };
    expect(await rank({ metric: 'engagement', limit: 10, range })).toEqual([
      { ...P2, callInquiries: 2, smsInquiries: 1, leads: 1, engagement: 3, inquirers: 1 },
      { ...P1, callInquiries: 2, smsInquiries: 0, leads: 0, engagement: 2, inquirers: 2 },
      { ...P3, callInquiries: 2, smsInquiries: 0, leads: 2, engagement: 2, inquirers: 2 },
    ]);
  });
}, { citus: true });
