import { describeEachDatabase } from '@hcdm/test-utils';
import { FILTER_CASES, FILTER_INSIGHT_CASES } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { insertDirectedFixture, insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { leadFigures } from './lead-figures.analysis.js';
import { unreachedLeads } from './lead-responses.analysis.js';
import { locationRollup } from './listing-rollup.analysis.js';
import { missedCalls } from './missed-calls.analysis.js';
import { priceBandRollup } from './price-bands.analysis.js';
import { scoreLeads } from './scoring/score-leads.analysis.js';
import { speedToLead } from './speed-to-lead.analysis.js';
import { topLeads, type TopLeadRow } from './top-leads.analysis.js';
import { listingFigures, topListings, type ListingMetric, type TopListingRow } from './top-listings.analysis.js';

// FILTER_CASES per lead, all time, from the fixture's comments: calls (seconds), SMS.
// L1 website P1 Andheri: K1 60 K2 30 K3 90 -> 3 (180 s), S1 S2 -> 2
// L2 referral P2 Navi Mumbai: K4 120 K5 40 -> 2 (160 s), S3 -> 1
// L3 Website P3 Andheri: K6 10 K7 20 K8 50 -> 3 (80 s), S4 S5 -> 2
// L4 referral P2 Navi Mumbai: K9 70 -> 1 (70 s), none
// K10 (15 s, tagged P2) has no lead: on P2, under no source.
const L1 = lead('L1', 'C1', 'Asha Rao', 'P1', 3, 2, 180);
const L2 = lead('L2', 'C2', 'Bala Nair', 'P2', 2, 1, 160);
const L3 = lead('L3', 'C3', 'Chitra Das', 'P3', 3, 2, 80);
const L4 = lead('L4', 'C3', 'Chitra Das', 'P2', 1, 0, 70);

function lead(leadId: string, customerId: string, name: string, propertyId: string, calls: number, sms: number, seconds: number): TopLeadRow {
  const phone = `+91980000000${customerId.slice(1)}`;
  return { leadId, customerId, name, phone, propertyId, callCount: calls, smsCount: sms, callSeconds: seconds, engagement: calls + sms };
}

async function withFixture<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const db = await openTempDatabase();
  await insertFixture(db, FILTER_CASES);
  try {
    return await work(db.dataSource.manager);
  } finally {
    await db.close();
  }
}

describeEachDatabase('lead rankings with a filter', () => {
  it('keeps the leads of a source, whatever case it is stored or written in', async () => {
    const rows = await withFixture((manager) => topLeads(manager, { metric: 'callCount', limit: 10, filter: { source: 'WEBSITE' } }));
    expect(rows).toEqual([L1, L3]); // website and Website are one source
  });

  it('keeps the leads on the listings of a location, and both filters at once', async () => {
    const { navi, both, none } = await withFixture(async (manager) => ({
      navi: await topLeads(manager, { metric: 'engagement', limit: 10, filter: { location: 'navi  mumbai' } }),
      both: await topLeads(manager, { metric: 'callSeconds', limit: 10, filter: { source: 'website', location: 'Andheri' } }),
      none: await topLeads(manager, { metric: 'callCount', limit: 10, filter: { source: 'referral', location: 'Andheri' } }),
    }));
    expect(navi).toEqual([L2, L4]); // engagement 3, 1
    expect(both).toEqual([L1, L3]); // 180 s, 80 s
    expect(none).toEqual([]); // the referral leads are both on P2, in Navi Mumbai
  });

  it('adds up: the rows of every source together are the unfiltered rows, figure for figure', async () => {
    const { all, website, referral } = await withFixture(async (manager) => ({
      all: await topLeads(manager, { metric: 'smsCount', limit: 10 }),
      website: await topLeads(manager, { metric: 'smsCount', limit: 10, filter: { source: 'website' } }),
      referral: await topLeads(manager, { metric: 'smsCount', limit: 10, filter: { source: 'referral' } }),
    }));
    expect(all).toEqual([L1, L3, L2]); // SMS 2, 2, 1 (L4 has none)
    expect([...website, ...referral]).toEqual([L1, L3, L2]);
  });

  it('counts the filtered figures of given leads, zeros included, over a range', async () => {
    // [03-11, 03-21): L1 K2 K3 (120 s) S2; L2 K5 (40 s) S3; L3 K8 (50 s) S4; L4 K9 (70 s).
    const range = { from: Date.parse('2026-03-11T00:00:00Z'), to: Date.parse('2026-03-21T00:00:00Z') };
    const figures = await withFixture((manager) => leadFigures(manager, { leadIds: ['L1', 'L2', 'L4'], range, filter: { location: 'Navi Mumbai' } }));
    expect(Object.fromEntries(figures)).toEqual({
      L1: { callCount: 0, smsCount: 0, callSeconds: 0, engagement: 0 }, // on P1, not in Navi Mumbai
      L2: { callCount: 1, smsCount: 1, callSeconds: 40, engagement: 2 },
      L4: { callCount: 1, smsCount: 0, callSeconds: 70, engagement: 1 },
    });
  });

  it('scores only the leads a location keeps, each as unfiltered (all its records are on its own listing)', async () => {
    const { all, navi } = await withFixture(async (manager) => ({
      all: await scoreLeads(manager, {}),
      navi: await scoreLeads(manager, { filter: { location: 'Navi Mumbai' } }),
    }));
    expect(navi.map((row) => row.leadId).sort()).toEqual(['L2', 'L4']);
    expect(navi).toEqual(all.filter((row) => row.leadId === 'L2' || row.leadId === 'L4'));
  });
}, { citus: true });

// Per listing, all time: P1 Andheri calls K1 K2 K3 [C1], SMS S1 S2, lead L1;
// P2 Navi Mumbai calls K4 K5 [C2] K9 [C3] K10 [C1, no lead], SMS S3 [C2], leads L2 L4;
// P3 Andheri calls K6 K7 K8 [C3], SMS S4 S5, lead L3.
const P1 = { propertyId: 'P1', title: 'Flat Andheri', location: 'Andheri', price: 100, callInquiries: 3, smsInquiries: 2, leads: 1, engagement: 5, inquirers: 1 };
const P2 = { propertyId: 'P2', title: 'Villa Vashi', location: 'Navi Mumbai', price: 300, callInquiries: 4, smsInquiries: 1, leads: 2, engagement: 5, inquirers: 3 };
const P3 = { propertyId: 'P3', title: 'Plot Powai', location: 'Andheri', price: 200, callInquiries: 3, smsInquiries: 2, leads: 1, engagement: 5, inquirers: 1 };

describeEachDatabase('listing rankings with a filter', () => {
  it('keeps the listings of a location', async () => {
    const rows = await withFixture((manager) => topListings(manager, { metric: 'callInquiries', limit: 10, filter: { location: 'andheri' } }));
    expect(rows).toEqual([P1, P3]);
  });

  it('counts on a listing only what a source keeps: its leads and the records attributed to them', async () => {
    const rows = await withFixture((manager) => topListings(manager, { metric: 'callInquiries', limit: 10, filter: { source: 'referral' } }));
    // P2 for referral: calls K4 K5 K9 (K10 has no lead), SMS S3, leads L2 L4, callers C2 C3.
    expect(rows).toEqual([{ ...P2, callInquiries: 3, engagement: 4, inquirers: 2 }]);
  });

  it.each<ListingMetric>(['callInquiries', 'smsInquiries', 'leads'])('adds up over locations, and over sources but for records without a lead (%s)', async (metric) => {
    const ranked = await withFixture(async (manager) => {
      const run = (filter?: Record<string, string>) => topListings(manager, { metric, limit: 10, filter });
      return { all: await run(), andheri: await run({ location: 'Andheri' }), navi: await run({ location: 'Navi Mumbai' }), website: await run({ source: 'website' }), referral: await run({ source: 'referral' }) };
    });
    const total = (rows: readonly TopListingRow[]) => rows.reduce((sum, row) => sum + row[metric], 0);
    // All listings: calls 3 + 4 + 3 = 10, SMS 2 + 1 + 2 = 5, leads 1 + 2 + 1 = 4.
    const expected = ({ callInquiries: 10, smsInquiries: 5, leads: 4, engagement: 15 } satisfies Record<ListingMetric, number>)[metric];
    expect(total(ranked.all)).toBe(expected);
    expect(total(ranked.andheri) + total(ranked.navi)).toBe(expected);
    // By source, K10 (a call on P2 with no lead) is under neither: calls 10 - 1.
    expect(total(ranked.website) + total(ranked.referral)).toBe(metric === 'callInquiries' ? expected - 1 : expected);
  });

  it('rolls up only what the filter keeps, every kept location listed', async () => {
    const { referral, andheri } = await withFixture(async (manager) => ({
      referral: await locationRollup(manager, { metric: 'callInquiries', filter: { source: 'referral' } }),
      andheri: await locationRollup(manager, { metric: 'callInquiries', filter: { location: 'Andheri' } }),
    }));
    // Referral: Navi Mumbai leads L2 L4, calls K4 K5 K9, SMS S3, customers C2 C3; Andheri has none of it.
    expect(referral).toEqual([
      { location: 'Navi Mumbai', listings: 1, leads: 2, callInquiries: 3, smsInquiries: 1, engagement: 4, inquirers: 2 },
      { location: 'Andheri', listings: 2, leads: 0, callInquiries: 0, smsInquiries: 0, engagement: 0, inquirers: 0 },
    ]);
    // Andheri: P1 and P3, leads L1 L3, calls 3 + 3, SMS 2 + 2, customers C1 C3.
    expect(andheri).toEqual([{ location: 'Andheri', listings: 2, leads: 2, callInquiries: 6, smsInquiries: 4, engagement: 10, inquirers: 2 }]);
  });

  it('draws the quartile bands from the prices of the listings a location keeps', async () => {
    const rows = await withFixture((manager) => priceBandRollup(manager, { metric: 'leads', filter: { location: 'Andheri' } }));
    // Andheri prices 100, 200: Q1 = Q2 = the 1st (100), Q3 = the 2nd (200), max 200: bands up to 100, over 100 to 200.
    expect(rows).toEqual([
      { band: 'up to 100', bandFrom: null, bandTo: 100, listings: 1, leads: 1, callInquiries: 3, smsInquiries: 2, engagement: 5, inquirers: 1 },
      { band: 'over 100 to 200', bandFrom: 100, bandTo: 200, listings: 1, leads: 1, callInquiries: 3, smsInquiries: 2, engagement: 5, inquirers: 1 },
    ]);
  });

  it('counts the figures of given listings for a metric, zeros included', async () => {
    const figures = await withFixture((manager) => listingFigures(manager, { metric: 'engagement', propertyIds: ['P1', 'P2'], filter: { source: 'referral' } }));
    expect(Object.fromEntries(figures)).toEqual({
      P1: { callInquiries: 0, smsInquiries: 0, leads: 0, engagement: 0, inquirers: 0 },
      P2: { callInquiries: 3, smsInquiries: 1, leads: 2, engagement: 4, inquirers: 2 }, // K4 K5 K9 S3: C2 C3
    });
  });
}, { citus: true });

async function withInsights<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, FILTER_INSIGHT_CASES);
  try {
    return await work(db.dataSource.manager);
  } finally {
    await db.close();
  }
}

describeEachDatabase('telecom rankings with a filter', () => {
  it('keeps the missed calls attributed to the leads of a source or the listings of a location', async () => {
    const ids = await withInsights(async (manager) => {
      const run = async (filter: Record<string, string>, unreturnedOnly = false) => (await missedCalls(manager, { filter, unreturnedOnly })).map((row) => row.callId);
      return { website: await run({ source: 'website' }), referral: await run({ source: 'referral' }), andheri: await run({ location: 'Andheri' }), unreturnedAndheri: await run({ location: 'Andheri' }, true) };
    });
    expect(ids).toEqual({ website: ['M1'], referral: ['M2', 'M3'], andheri: ['M1', 'M3'], unreturnedAndheri: ['M3'] });
  });

  it('measures speed to lead over the leads a filter keeps, the response by anyone', async () => {
    const { referral, andheri } = await withInsights(async (manager) => ({
      referral: await speedToLead(manager, { filter: { source: 'referral' } }),
      andheri: await speedToLead(manager, { filter: { location: 'Andheri' } }),
    }));
    // Referral: L2 reached after 176400 s, L3 never. Andheri: L1 after 7200 s (within 24 h), L3 never.
    const reachedOne = { leads: 2, reached: 1, neverReached: 1, within5m: 0, within1h: 0 };
    expect(referral).toEqual({ ...reachedOne, medianSeconds: 176400, p90Seconds: 176400, within24h: 0 });
    expect(andheri).toEqual({ ...reachedOne, medianSeconds: 7200, p90Seconds: 7200, within24h: 0.5 });
  });

  it('lists the unreached leads a filter keeps', async () => {
    const ids = await withInsights(async (manager) => ({
      andheri: (await unreachedLeads(manager, { filter: { location: 'Andheri' } })).map((row) => row.leadId),
      website: (await unreachedLeads(manager, { filter: { source: 'website' } })).map((row) => row.leadId),
    }));
    expect(ids).toEqual({ andheri: ['L3'], website: [] });
  });
}, { citus: true });

// By agent (FILTER_CASES): Priya owns L1 L3, Ravi L2, nobody L4. Calls handled:
// Priya K1 60 K3 90 (L1), K6 10 K8 50 (L3), K10 15 (no lead, P2); Ravi K2 30 (L1), K4 120 K5 40 (L2), K9 70 (L4); nobody K7 (L3).
// SMS handled: Priya S1 S2 (L1), S5 (L3); Ravi S3 (L2); nobody S4 (L3).
describeEachDatabase('rankings for an agent', () => {
  it('counts per lead the calls and SMS the agent handled, whoever owns the lead', async () => {
    const { priya, ravi } = await withFixture(async (manager) => ({
      priya: await topLeads(manager, { metric: 'callCount', limit: 10, filter: { agent: 'priya' } }),
      ravi: await topLeads(manager, { metric: 'callCount', limit: 10, filter: { agent: 'Ravi' } }),
    }));
    expect(priya).toEqual([
      { ...L1, callCount: 2, smsCount: 2, callSeconds: 150, engagement: 4 }, // K1 K3, S1 S2
      { ...L3, callCount: 2, smsCount: 1, callSeconds: 60, engagement: 3 }, // K6 K8, S5
    ]);
    expect(ravi).toEqual([
      { ...L2, callCount: 2, smsCount: 1, callSeconds: 160, engagement: 3 }, // K4 K5, S3
      { ...L1, callCount: 1, smsCount: 0, callSeconds: 30, engagement: 1 }, // K2 on Priya's lead
      { ...L4, callCount: 1, smsCount: 0, callSeconds: 70, engagement: 1 }, // K9
    ]);
    // Adds up but for records nobody handled: the leads' 9 calls (K1-K9) are Priya's 4, Ravi's 4 and K7.
    const calls = (rows: readonly TopLeadRow[]) => rows.reduce((sum, row) => sum + row.callCount, 0);
    expect([calls(priya), calls(ravi)]).toEqual([4, 4]);
  });

  it('counts on a listing the leads the agent owns and the records the agent handled', async () => {
    const { leads, calls } = await withFixture(async (manager) => ({
      leads: await topListings(manager, { metric: 'leads', limit: 10, filter: { agent: 'Priya' } }),
      calls: await topListings(manager, { metric: 'callInquiries', limit: 10, filter: { agent: 'Priya' } }),
    }));
    // Priya on P1: lead L1, calls K1 K3, SMS S1 S2 [C1]; on P2: K10 [C1]; on P3: lead L3, calls K6 K8, SMS S5 [C3].
    const p1 = { ...P1, leads: 1, callInquiries: 2, smsInquiries: 2, engagement: 4, inquirers: 1 };
    const p3 = { ...P3, leads: 1, callInquiries: 2, smsInquiries: 1, engagement: 3, inquirers: 1 };
    expect(leads).toEqual([p1, p3]);
    expect(calls).toEqual([p1, p3, { ...P2, leads: 0, callInquiries: 1, smsInquiries: 0, engagement: 1, inquirers: 1 }]);
  });

  it("scores a lead from the agent's records, its creation counting only for the agent who owns it", async () => {
    const day = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });
    const scored = await withFixture(async (manager) => {
      const ids = async (agent: string, range: { from: number; to: number }) =>
        (await scoreLeads(manager, { range, filter: { agent } })).map((row) => [row.leadId, row.callCount, row.smsCount]);
      return {
        // 03-01: only L1's creation (Priya's lead), no record.
        first: [await ids('Priya', day('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')), await ids('Ravi', day('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'))],
        // 03-16..20: K10 (Priya, no lead), S3 (Ravi, L2), K9 (Ravi, L4) and L4's creation (nobody's).
        last: [await ids('Priya', day('2026-03-16T00:00:00Z', '2026-03-21T00:00:00Z')), await ids('Ravi', day('2026-03-16T00:00:00Z', '2026-03-21T00:00:00Z'))],
      };
    });
    expect(scored.first).toEqual([[['L1', 0, 0]], []]);
    expect(scored.last).toEqual([[], expect.arrayContaining([['L2', 0, 1], ['L4', 1, 0]])]);
  });

  it("keeps the agent's missed calls and the leads the agent owns; a return or a response counts whoever made it", async () => {
    const result = await withInsights(async (manager) => ({
      missed: (await missedCalls(manager, { filter: { agent: 'Priya' } })).map((row) => [row.callId, row.returned]),
      ravi: await speedToLead(manager, { filter: { agent: 'Ravi' } }),
      unreached: (await unreachedLeads(manager, { filter: { agent: 'Priya' } })).map((row) => row.leadId),
    }));
    // M1 (Priya's) was returned by O1; Ravi's lead L2 was reached by Priya's O2 after 176400 s; Priya's L3 never.
    expect(result.missed).toEqual([['M1', true]]);
    expect(result.ravi).toEqual({ leads: 1, reached: 1, neverReached: 0, medianSeconds: 176400, p90Seconds: 176400, within5m: 0, within1h: 0, within24h: 0 });
    expect(result.unreached).toEqual(['L3']);
  });
}, { citus: true });
