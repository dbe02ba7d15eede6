import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { locationRollup, type RollupOptions } from './listing-rollup.analysis.js';

// Per listing from the fixture's comments (customers in brackets), plus lead LE1 (C3 on P4),
// later than all of C3's records, so no attribution changes:
// P1 Mumbai: calls 4 [C1 C2 C3], SMS 1 [C3], leads 3 [C1 C2 C3]
// P4 Mumbai: leads LE1 [C3]
// P2 Bengaluru: calls 4 [C1 C3], SMS 2 [C1 C4], leads 2 [C1 C3] -> inquirers C1 C3 C4
// P3 Pune: calls 2 [C1 C2], SMS 2 [C2], leads 2 [C2 C6] -> inquirers C1 C2 C6
// Mumbai: 2 listings, leads 3 + 1 = 4, inquirers C1 C2 C3 (C3 on both listings counts once) = 3.
const MUMBAI = { location: 'Mumbai', listings: 2, leads: 4, callInquiries: 4, smsInquiries: 1, engagement: 5, inquirers: 3 };
const BENGALURU = { location: 'Bengaluru', listings: 1, leads: 2, callInquiries: 4, smsInquiries: 2, engagement: 6, inquirers: 3 };
const PUNE = { location: 'Pune', listings: 1, leads: 2, callInquiries: 2, smsInquiries: 2, engagement: 4, inquirers: 3 };

async function rollup(options: RollupOptions) {
  const db = await openTempDatabase();
  await insertFixture(db, { ...ATTRIBUTION_CASES, leads: [...(ATTRIBUTION_CASES.leads ?? []), ['LE1', 'C3', 'P4', '2026-03-20T00:00:00Z']] });
  try {
    return await locationRollup(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

describeEachDatabase('locationRollup', () => {
  it('ranks locations by leads, a customer on two listings of one location counted once', async () => {
    expect(await rollup({ metric: 'leads' })).toEqual([MUMBAI, BENGALURU, PUNE]);
  });

  it('ranks by call inquiries, ties by location', async () => {
    expect(await rollup({ metric: 'callInquiries' })).toEqual([BENGALURU, MUMBAI, PUNE]);
  });

  it('ranks by SMS inquiries and by engagement', async () => {
    expect(await rollup({ metric: 'smsInquiries' })).toEqual([BENGALURU, PUNE, MUMBAI]);
    expect(await rollup({ metric: 'engagement' })).toEqual([BENGALURU, MUMBAI, PUNE]);
  });

  it('counts only the range, keeping every location and its listings', async () => {
    // [03-05, 03-11): P1 K6 (C1) K8 (C2); P2 K2 K5 S1 LA2 (all C1); P3 K4 (C1) K7 (C2), LB2 (C2) LD1 (C6); LE1 out.
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-11T00:00:00Z') };
    expect(await rollup({ metric: 'engagement', range })).toEqual([
      { ...BENGALURU, leads: 1, callInquiries: 2, smsInquiries: 1, engagement: 3, inquirers: 1 },
      { ...MUMBAI, leads: 0, callInquiries: 2, smsInquiries: 0, engagement: 2, inquirers: 2 },
      { ...PUNE, leads: 2, callInquiries: 2, smsInquiries: 0, engagement: 2, inquirers: 3 },
    ]);
  });
}, { citus: true });
