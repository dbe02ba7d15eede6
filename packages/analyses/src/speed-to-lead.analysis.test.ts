import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openTempDatabase } from './analyses.test-utils.js';
import { insertDirectedFixture } from './analyses.test-utils.js';
import { INSIGHT_CASES } from '@hcdm/test-database';
import { speedToLead } from './speed-to-lead.analysis.js';

async function speed(from?: string, to?: string) {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, INSIGHT_CASES);
  const range = from && to ? { from: Date.parse(from), to: Date.parse(to) } : undefined;
  try {
    return await speedToLead(db.dataSource.manager, { range });
  } finally {
    await db.close();
  }
}

describeEachDatabase('speedToLead', () => {
  it('summarizes an odd count of reached leads by nearest rank, shares over all leads', async () => {
    // Reached L1 180, L6 300, L2 1800, L3 36000, L4 172800 (n = 5); L5 never.
    // Median: ceil(0.5 × 5) = 3rd = 1800; p90: ceil(0.9 × 5) = 5th = 172800.
    // Within 5 min (300 s included): L1 L6 = 2/6; 1 h: + L2 = 3/6; 24 h: + L3 = 4/6.
    expect(await speed()).toEqual({
      leads: 6,
      reached: 5,
      neverReached: 1,
      medianSeconds: 1800,
      p90Seconds: 172800,
      within5m: 0.3333,
      within1h: 0.5,
      within24h: 0.6667,
    });
  });

  it('takes the lower middle of an even count (nearest rank, no interpolation)', async () => {
    // Leads created 03-01..03-04: L1 180, L2 1800, L3 36000, L4 172800 (n = 4).
    // Median: ceil(2) = 2nd = 1800 (not 18900); p90: ceil(3.6) = 4th = 172800. Shares 1/4, 2/4, 3/4.
    expect(await speed('2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z')).toEqual({
      leads: 4,
      reached: 4,
      neverReached: 0,
      medianSeconds: 1800,
      p90Seconds: 172800,
      within5m: 0.25,
      within1h: 0.5,
      within24h: 0.75,
    });
  });

  it('has no percentiles when no lead was reached, and no shares without leads', async () => {
    // 03-05: only L5, never reached.
    expect(await speed('2026-03-05T00:00:00Z', '2026-03-06T00:00:00Z')).toEqual({
      leads: 1,
      reached: 0,
      neverReached: 1,
      medianSeconds: null,
      p90Seconds: null,
      within5m: 0,
      within1h: 0,
      within24h: 0,
    });
    expect(await speed('2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z')).toEqual({
      leads: 0,
      reached: 0,
      neverReached: 0,
      medianSeconds: null,
      p90Seconds: null,
      within5m: null,
      within1h: null,
      within24h: null,
    });
  });
}, { citus: true });
