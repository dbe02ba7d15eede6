import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import type { QueryResult } from '../query-result.types.js';

async function listings(command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await insertFixture(db, ATTRIBUTION_CASES);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });
const [LISTINGS, LEADS, INQUIRERS] = [right('listings', 'Listings'), right('leads', 'Leads'), right('inquirers', 'Inquirers')];
const FIGURES = [LISTINGS, LEADS, right('callInquiries', 'Calls'), right('smsInquiries', 'SMS'), INQUIRERS];
const ENGAGEMENT_FIGURES = [LISTINGS, LEADS, right('engagement', 'Engagement'), INQUIRERS];
const figures = (listings: number, leads: number, calls: number, sms: number, inquirers: number) => ({
  listings,
  leads,
  callInquiries: calls,
  smsInquiries: sms,
  engagement: calls + sms,
  inquirers,
});

describeEachDatabase('listing analytics results', () => {
  it('listing summary: one row with leads, calls, SMS, inquirers, first and last inquiry', async () => {
    expect(await listings('show listing summary for P1')).toEqual({
      command: 'show listing summary for P1',
      title: 'Listing summary for 2BHK Andheri (P1), all time',
      shape: 'summary',
      columns: [
        left('propertyId', 'Property ID'),
        left('title', 'Title'),
        left('location', 'Location'),
        right('price', 'Price'),
        right('leads', 'Leads'),
        right('calls', 'Calls'),
        right('sms', 'SMS'),
        right('inquirers', 'Inquirers'),
        left('firstInquiry', 'First Inquiry'),
        left('lastInquiry', 'Last Inquiry'),
      ],
      rows: [
        {
          propertyId: 'P1',
          title: '2BHK Andheri',
          location: 'Mumbai',
          price: 100,
          leads: 3,
          calls: 4,
          sms: 1,
          inquirers: 3,
          firstInquiry: '2026-02-01T10:00:00.000Z',
          lastInquiry: '2026-03-10T03:30:00.000Z',
        },
      ],
    });
  });

  it('an unknown listing is a NOT_FOUND error', async () => {
    await expect(listings('show listing summary for P9')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no listing with id P9' });
  });

  it('locations by leads', async () => {
    // Mumbai = P1 + P4 (nothing), Bengaluru = P2, Pune = P3 (figures in top-listings.analysis.test.ts).
    expect(await listings('show locations by leads')).toEqual({
      command: 'show locations by leads',
      title: 'Locations by leads (all time)',
      shape: 'list',
      columns: [left('location', 'Location'), ...FIGURES],
      rows: [
        { location: 'Mumbai', ...figures(2, 3, 4, 1, 3) },
        { location: 'Bengaluru', ...figures(1, 2, 4, 2, 3) },
        { location: 'Pune', ...figures(1, 2, 2, 2, 3) },
      ],
    });
  });

  it('price bands with explicit edges and a period; rows carry the edges', async () => {
    // Last 7 days up to S5 (03-12T00:00Z): from 03-05T00:00Z. P4 + P1 (up to 100): K6 (C1) K8 (C2);
    // P3: K4 (C1) K7 (C2), S4 S5, LB2 (C2) LD1 (C6); P2: K2 K5 S1 LA2 (all C1). Two calls each: price order.
    expect(await listings('show price bands by call inquiries with bands 100, 250 in last 7 days')).toEqual({
      command: 'show price bands by call inquiries with bands 100,250 in last 7 days',
      title: 'Price bands by call inquiries (bands at 100, 250; last 7 days)',
      shape: 'list',
      columns: [right('bandFrom', 'Above'), right('bandTo', 'Up To'), ...FIGURES],
      rows: [
        { band: 'up to 100', bandFrom: null, bandTo: 100, ...figures(2, 0, 2, 0, 2) },
        { band: 'over 100 to 250', bandFrom: 100, bandTo: 250, ...figures(1, 2, 2, 2, 3) },
        { band: 'over 250', bandFrom: 250, bandTo: null, ...figures(1, 1, 2, 1, 1) },
      ],
    });
  });

  it('price bands by default are the quartiles of listing prices; by engagement the sum replaces calls and SMS', async () => {
    // Prices 50 100 200 300 -> up to 50 (P4), over 50 to 100 (P1), over 100 to 200 (P3), over 200 to 300 (P2).
    const result = await listings('show price bands by engagement');
    expect([result.command, result.title, result.columns, result.rows.map((row) => [row.band, row.engagement])]).toEqual([
      'show price bands by engagement',
      'Price bands by engagement (quartiles of listing prices; all time)',
      [right('bandFrom', 'Above'), right('bandTo', 'Up To'), ...ENGAGEMENT_FIGURES],
      [
        ['over 200 to 300', 6],
        ['over 50 to 100', 5],
        ['over 100 to 200', 4],
        ['up to 50', 0],
      ],
    ]);
  });
}, { citus: true });

