import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase, type Fixture } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { priceBandRollup, type PriceBandRollupOptions } from './price-bands.analysis.js';

async function bands(fixture: Fixture, options: PriceBandRollupOptions) {
  const db = await openTempDatabase();
  await insertFixture(db, fixture);
  try {
    return await priceBandRollup(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

// Per listing from the fixture's comments: P4 (50) nothing; P1 (100) calls 4, SMS 1, leads 3,
// inquirers C1 C2 C3; P3 (200) calls 2, SMS 2, leads 2, inquirers C1 C2 C6; P2 (300) calls 4,
// SMS 2, leads 2, inquirers C1 C3 C4.
const NONE = { listings: 1, leads: 0, callInquiries: 0, smsInquiries: 0, engagement: 0, inquirers: 0 };
const P1 = { listings: 1, leads: 3, callInquiries: 4, smsInquiries: 1, engagement: 5, inquirers: 3 };
const P3 = { listings: 1, leads: 2, callInquiries: 2, smsInquiries: 2, engagement: 4, inquirers: 3 };
const P2 = { listings: 1, leads: 2, callInquiries: 4, smsInquiries: 2, engagement: 6, inquirers: 3 };

/** Listings priced as given, one lead each on its own customer, so each band's leads = its listings. */
function pricedListings(prices: readonly number[]): Fixture {
  const ids = prices.map((_, i) => String(i + 1).padStart(2, '0'));
  return {
    customers: ids.map((id) => [`C${id}`, `Customer ${id}`, `+9198000000${id}`]),
    listings: prices.map((price, i) => [`P${ids[i]}`, `Flat ${ids[i]}`, 'Pune', price]),
    leads: ids.map((id) => [`L${id}`, `C${id}`, `P${id}`, '2026-03-01T00:00:00Z']),
  };
}

const withLeads = (listings: number) => ({ listings, leads: listings, callInquiries: 0, smsInquiries: 0, engagement: 0, inquirers: listings });

describeEachDatabase('priceBandRollup', () => {
  it('bands by the nearest-rank quartiles of listing prices by default, ranked by the metric', async () => {
    // Prices 50 100 200 300: Q1 = 1st = 50, Q2 = 2nd = 100, Q3 = 3rd = 200, max 300: one listing each.
    expect(await bands(ATTRIBUTION_CASES, { metric: 'engagement' })).toEqual([
      { band: 'over 200 to 300', bandFrom: 200, bandTo: 300, ...P2 },
      { band: 'over 50 to 100', bandFrom: 50, bandTo: 100, ...P1 },
      { band: 'over 100 to 200', bandFrom: 100, bandTo: 200, ...P3 },
      { band: 'up to 50', bandFrom: null, bandTo: 50, ...NONE },
    ]);
  });

  it('takes explicit edges, the upper edge inside its band, and lists a band without listings with zeros', async () => {
    // Edges 100, 150, 250: up to 100 = P4 + P1; over 100 to 150 none; over 150 to 250 = P3; over 250 = P2.
    // Ties on leads (P3, P2: 2) go in price order.
    expect(await bands(ATTRIBUTION_CASES, { metric: 'leads', edges: [100, 150, 250] })).toEqual([
      { band: 'up to 100', bandFrom: null, bandTo: 100, ...P1, listings: 2 },
      { band: 'over 150 to 250', bandFrom: 150, bandTo: 250, ...P3 },
      { band: 'over 250', bandFrom: 250, bandTo: null, ...P2 },
      { band: 'over 100 to 150', bandFrom: 100, bandTo: 150, ...NONE, listings: 0 },
    ]);
  });

  it('puts listings of one equal price in one band', async () => {
    expect(await bands(pricedListings([700, 700, 700]), { metric: 'leads' })).toEqual([
      { band: 'up to 700', bandFrom: null, bandTo: 700, ...withLeads(3) },
    ]);
  });

  it('merges the quartiles many equal prices share into one band, leaving none empty or repeated', async () => {
    // Prices 10 20 20 20 20 30 40 50: Q1 = 2nd = 20, Q2 = 4th = 20, Q3 = 6th = 30, max 50.
    // up to 20: 10 20 20 20 20 = 5; over 20 to 30: 30 = 1; over 30 to 50: 40 50 = 2.
    expect(await bands(pricedListings([20, 10, 20, 50, 20, 30, 40, 20]), { metric: 'leads' })).toEqual([
      { band: 'up to 20', bandFrom: null, bandTo: 20, ...withLeads(5) },
      { band: 'over 30 to 50', bandFrom: 30, bandTo: 50, ...withLeads(2) },
      { band: 'over 20 to 30', bandFrom: 20, bandTo: 30, ...withLeads(1) },
    ]);
  });

  it('has no bands without listings', async () => {
    expect(await bands({}, { metric: 'leads' })).toEqual([]);
  });
}, { citus: true });
