import { describe, expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../analytics.test-utils.js';
import { ATTRIBUTION_CASES } from '../attribution-cases.test-utils.js';
import { insertDirectedFixture } from '../directed-activity.test-utils.js';
import type { HcdmDatabase } from '../hcdm-database.js';
import { INSIGHT_CASES } from '../insight-cases.test-utils.js';
import type { QueryResult } from '../query-result.types.js';
import { listCommands } from './command.registry.js';

async function runOn(load: (db: HcdmDatabase) => Promise<void>, command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await load(db);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const listings = (command: string) => runOn((db) => insertFixture(db, ATTRIBUTION_CASES), command);
const insights = (command: string) => runOn((db) => insertDirectedFixture(db, INSIGHT_CASES), command);

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });
const FIGURES = [right('listings', 'Listings'), right('leads', 'Leads'), right('callInquiries', 'Calls'), right('smsInquiries', 'SMS'), right('inquirers', 'Inquirers')];
const ENGAGEMENT_FIGURES = [right('listings', 'Listings'), right('leads', 'Leads'), right('engagement', 'Engagement'), right('inquirers', 'Inquirers')];
const figures = (listings: number, leads: number, calls: number, sms: number, inquirers: number) => ({
  listings,
  leads,
  callInquiries: calls,
  smsInquiries: sms,
  engagement: calls + sms,
  inquirers,
});

describe('listing analytics results', () => {
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
});

const CALL_COLUMNS = [left('callId', 'Call ID'), left('name', 'Name'), left('phone', 'Phone'), left('timestamp', 'Time')];
const K51 = { callId: 'K51', customerId: 'C5', name: 'Esha Kapoor', phone: '+919800000005', timestamp: '2026-03-05T12:00:00.000Z' };

describe('telecom insight results', () => {
  it('missed calls, returned "true" or "false" with the time of the return', async () => {
    const call = (callId: string, customer: string, name: string, at: string) => ({ callId, customerId: customer, name, phone: `+91980000000${customer.slice(1)}`, timestamp: at });
    expect(await insights('show missed calls')).toEqual({
      command: 'show missed calls within 24 hours',
      title: 'Missed calls, returned if called or texted back within 24 hours (all time)',
      shape: 'list',
      columns: [...CALL_COLUMNS, right('returnSeconds', 'Seconds to Return')],
      rows: [
        { ...call('K21', 'C2', 'Bala Nair', '2026-03-02T10:01:00.000Z'), returned: 'true', returnedAt: '2026-03-02T10:30:00.000Z', returnSeconds: 1740 },
        { ...call('K41', 'C4', 'Dev Singh', '2026-03-05T10:01:00.000Z'), returned: 'true', returnedAt: '2026-03-06T10:00:00.000Z', returnSeconds: 86340 },
        { ...call('K11', 'C1', 'Asha Rao', '2026-03-05T10:04:00.000Z'), returned: 'false', returnedAt: null, returnSeconds: null },
        { ...K51, returned: 'false', returnedAt: null, returnSeconds: null },
      ],
    });
  });

  it('unreturned missed calls within a wider window', async () => {
    expect(await insights('show unreturned missed calls within 25 hours')).toEqual({
      command: 'show unreturned missed calls within 25 hours',
      title: 'Missed calls not called or texted back within 25 hours (all time)',
      shape: 'list',
      columns: CALL_COLUMNS,
      rows: [{ ...K51, returned: 'false', returnedAt: null, returnSeconds: null }],
    });
  });

  it('new vs repeat callers', async () => {
    expect(await insights('show new vs repeat callers from 2026-03-05 to 2026-03-05')).toEqual({
      command: 'show new vs repeat callers from 2026-03-05 to 2026-03-05',
      title: 'New vs repeat callers (2026-03-05 to 2026-03-05)',
      shape: 'summary',
      columns: [
        right('newCallers', 'New Callers'),
        right('repeatCallers', 'Repeat Callers'),
        right('newCalls', 'Calls by New'),
        right('repeatCalls', 'Calls by Repeat'),
      ],
      rows: [{ newCallers: 2, repeatCallers: 1, newCalls: 3, repeatCalls: 1 }],
    });
  });

  it('speed to lead', async () => {
    expect(await insights('show speed to lead')).toEqual({
      command: 'show speed to lead',
      title: 'Speed to lead (all time)',
      shape: 'summary',
      columns: [
        right('leads', 'Leads'),
        right('reached', 'Reached'),
        right('neverReached', 'Never Reached'),
        right('medianSeconds', 'Median Seconds'),
        right('p90Seconds', '90th Percentile Seconds'),
        right('within5m', 'Within 5 Minutes'),
        right('within1h', 'Within 1 Hour'),
        right('within24h', 'Within 24 Hours'),
      ],
      rows: [
        { leads: 6, reached: 5, neverReached: 1, medianSeconds: 1800, p90Seconds: 172800, within5m: 0.3333, within1h: 0.5, within24h: 0.6667 },
      ],
    });
  });

  it('unreached leads', async () => {
    expect(await insights('show unreached leads')).toEqual({
      command: 'show unreached leads',
      title: 'Unreached leads (all time)',
      shape: 'list',
      columns: [left('leadId', 'Lead ID'), left('name', 'Name'), left('phone', 'Phone'), left('propertyId', 'Listing'), left('timestamp', 'Lead Time')],
      rows: [
        { leadId: 'L5', customerId: 'C5', name: 'Esha Kapoor', phone: '+919800000005', propertyId: 'P1', timestamp: '2026-03-05T10:00:00.000Z' },
      ],
    });
  });

  it('every insight example in help parses and runs', async () => {
    const ours = /^show (listing summary|locations|price bands|missed|unreturned|new vs|speed|unreached)/;
    const examples = listCommands()
      .map((usage) => usage.example)
      .filter((example) => ours.test(example));
    const db = await openTempDatabase();
    await insertDirectedFixture(db, { ...INSIGHT_CASES, listings: [...(INSIGHT_CASES.listings ?? []), ['P17', 'Villa Baner', 'Pune', 9_000_000]] });
    const commands = [];
    for (const example of examples) commands.push((await db.query(example)).command);
    await db.close();
    expect(commands).toEqual([
      'show listing summary for P17',
      'show locations by leads',
      'show price bands by leads with bands 5000000,10000000,20000000',
      'show missed calls within 24 hours in last 7 days',
      'show unreturned missed calls within 48 hours',
      'show new vs repeat callers from 2026-03-01 to 2026-03-31',
      'show speed to lead in last 30 days',
      'show unreached leads in last 30 days',
    ]);
  });
});
