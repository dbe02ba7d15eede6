import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import type { QueryResult } from '../query-result.types.js';

async function run(command: string): Promise<QueryResult> {
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
const LEAD_COLUMNS = [left('leadId', 'Lead ID'), left('name', 'Name'), left('phone', 'Phone'), left('propertyId', 'Listing')];
const LISTING_COLUMNS = [left('propertyId', 'Property ID'), left('title', 'Title'), left('location', 'Location'), right('price', 'Price')];
const LA2 = { leadId: 'LA2', customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', propertyId: 'P2' };
const LB2 = { leadId: 'LB2', customerId: 'C2', name: 'Bala Nair', phone: '+919800000002', propertyId: 'P3' };
const P1 = { propertyId: 'P1', title: '2BHK Andheri', location: 'Mumbai', price: 100 };
const P2 = { propertyId: 'P2', title: 'Villa Whitefield', location: 'Bengaluru', price: 300 };
const P3 = { propertyId: 'P3', title: 'Plot Baner', location: 'Pune', price: 200 };

describeEachDatabase('query results', () => {
  it('top leads by call duration: lead columns and the metric', async () => {
    expect(await run('Show top 2 leads by call duration')).toEqual({
      command: 'show top 2 leads by call duration',
      title: 'Top 2 leads by call duration (all time)',
      shape: 'list',
      columns: [...LEAD_COLUMNS, right('callSeconds', 'Call Seconds')],
      rows: [
        { ...LA2, callSeconds: 190 },
        { ...LB2, callSeconds: 100 },
      ],
    });
  });

  it('top leads by sms volume', async () => {
    const result = await run('show top 1 leads by sms volume');
    expect([result.title, result.columns, result.rows]).toEqual([
      'Top 1 leads by SMS volume (all time)',
      [...LEAD_COLUMNS, right('smsCount', 'SMS Count')],
      [{ ...LB2, smsCount: 2 }],
    ]);
  });

  it('top leads by engagement shows calls, SMS and their sum', async () => {
    const result = await run('show top 2 leads by engagement');
    expect([result.columns, result.rows]).toEqual([
      [...LEAD_COLUMNS, right('callCount', 'Call Count'), right('smsCount', 'SMS Count'), right('engagement', 'Engagement')],
      [
        { ...LA2, callCount: 3, smsCount: 1, engagement: 4 },
        { ...LB2, callCount: 1, smsCount: 2, engagement: 3 },
      ],
    ]);
  });

  it('listings with most SMS inquiries is the top 10 by SMS inquiries', async () => {
    expect(await run('show listings with most SMS inquiries')).toEqual({
      command: 'show top 10 listings by sms inquiries',
      title: 'Top 10 listings by SMS inquiries (all time)',
      shape: 'list',
      columns: [...LISTING_COLUMNS, right('smsInquiries', 'SMS Inquiries'), right('inquirers', 'Inquirers')],
      rows: [
        { ...P2, smsInquiries: 2, inquirers: 2 },
        { ...P3, smsInquiries: 2, inquirers: 1 },
        { ...P1, smsInquiries: 1, inquirers: 1 },
      ],
    });
  });

  it.each([
    ['show top 1 listings by call inquiries', [right('callInquiries', 'Call Inquiries')], { ...P1, callInquiries: 4, inquirers: 3 }],
    ['show listings with most call inquiries', [right('callInquiries', 'Call Inquiries')], { ...P1, callInquiries: 4, inquirers: 3 }],
    ['show top 1 listings by leads', [right('leads', 'Leads')], { ...P1, leads: 3, inquirers: 3 }],
    ['show listings with most leads', [right('leads', 'Leads')], { ...P1, leads: 3, inquirers: 3 }],
    [
      'show top 1 listings by engagement',
      [right('callInquiries', 'Call Inquiries'), right('smsInquiries', 'SMS Inquiries'), right('engagement', 'Engagement')],
      { ...P2, callInquiries: 4, smsInquiries: 2, engagement: 6, inquirers: 3 },
    ],
  ])('%s', async (command, metricColumns, first) => {
    const result = await run(command);
    expect([result.columns, result.rows[0]]).toEqual([[...LISTING_COLUMNS, ...metricColumns, right('inquirers', 'Inquirers')], first]);
  });

  it('customer activity summary: one row, labelled columns', async () => {
    expect(await run('show customer activity summary for 9800000004')).toEqual({
      command: 'show customer activity summary for 9800000004',
      title: 'Customer activity summary for Dev Singh (C4), all time',
      shape: 'summary',
      columns: [
        left('customerId', 'Customer ID'),
        left('name', 'Name'),
        left('phone', 'Phone'),
        right('calls', 'Calls'),
        right('callSeconds', 'Call Seconds'),
        right('sms', 'SMS'),
        right('leadsContacted', 'Leads Contacted'),
        right('listingsInquired', 'Listings Inquired'),
        left('firstContact', 'First Contact'),
        left('lastContact', 'Last Contact'),
      ],
      rows: [
        {
          customerId: 'C4',
          name: 'Dev Singh',
          phone: '+919800000004',
          calls: 1,
          callSeconds: 70,
          sms: 1,
          leadsContacted: 0,
          listingsInquired: 1,
          firstContact: '2026-03-04T00:00:00.000Z',
          lastContact: '2026-03-04T01:00:00.000Z',
        },
      ],
    });
  });

  it('an unknown phone is a NOT_FOUND error', async () => {
    await expect(run('show customer activity summary for +91-9999999999')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no customer with phone +919999999999',
    });
  });

  it('help lists every form with an example', async () => {
    expect(await run('help')).toEqual({
      command: 'help',
      title: 'Commands',
      shape: 'list',
      columns: [left('command', 'Command'), left('example', 'Example'), left('description', 'Description')],
      rows: [
        {
          command: 'show top N leads by call volume|sms volume|call duration|engagement',
          example: 'show top 5 leads by call volume',
          description: 'leads ranked by the calls, SMS, call seconds or calls + SMS attributed to them',
        },
        {
          command: 'show top N leads by score',
          example: 'show top 5 leads by score',
          description: 'leads ranked by their 0-100 score from attributed calls, SMS, talk time and recency, with tier',
        },
        {
          command: 'show hot|warm|cold leads',
          example: 'show hot leads',
          description: 'every lead of that tier by score (hot: 70 or more, warm: 40 or more, cold: the rest, by default)',
        },
        {
          command: 'explain lead <lead id>',
          example: 'explain lead L102',
          description: "a lead's score factor by factor: raw value (recency: days idle), weight and points, then the total",
        },
        {
          command: 'show top N listings by sms inquiries|call inquiries|leads|engagement',
          example: 'show top 3 listings by call inquiries',
          description: 'listings ranked by the SMS, calls, leads or calls + SMS attributed to them, with distinct inquirers',
        },
        {
          command: 'show listings with most sms inquiries|call inquiries|leads|engagement',
          example: 'show listings with most sms inquiries',
          description: 'the top 10 listings by that metric, as "show top 10 listings by ..."',
        },
        {
          command: 'show customer activity summary for <phone or customer id>',
          example: 'show customer activity summary for +91-9876543210',
          description: "one customer's calls, call seconds, SMS, leads, listings inquired, first and last contact",
        },
        {
          command: 'show customer profile for <phone or customer id> [with timeline N]',
          example: 'show customer profile for +91-9876543210',
          description: "one customer's activity summary, leads with scores, and latest N calls, SMS and leads (default 20)",
        },
        {
          command: 'show duplicate customers',
          example: 'show duplicate customers',
          description: 'pairs of customers that look like one person (same phone, same email, or same name with phones differing only in spelling), with the reason',
        },
        {
          command: 'show listing summary for <property id>',
          example: 'show listing summary for P17',
          description: "one listing's leads, attributed calls and SMS, distinct inquirers, first and last inquiry",
        },
        {
          command: 'show locations by leads|call inquiries|sms inquiries|engagement',
          example: 'show locations by leads',
          description: 'listings rolled up by location: listings, leads, calls, SMS, engagement, distinct inquirers',
        },
        {
          command: 'show price bands by leads|call inquiries|sms inquiries|engagement [with bands P1,P2,...]',
          example: 'show price bands by leads with bands 5000000,10000000,20000000',
          description: 'listings rolled up by price band: quartiles of listing prices (nearest rank), or the edges given',
        },
        {
          command: 'show tracking numbers',
          example: 'show tracking numbers',
          description: 'each tracking number, the listing each of its windows served, and the calls and SMS it carried in that window',
        },
        {
          command: 'show missed calls [within N hours]',
          example: 'show missed calls in last 7 days',
          description: 'inbound missed calls, each returned or not: an outbound call or SMS within N hours (default 24)',
        },
        {
          command: 'show unreturned missed calls [within N hours]',
          example: 'show unreturned missed calls within 48 hours',
          description: 'missed calls with no outbound call or SMS to the customer within N hours after (default 24)',
        },
        {
          command: 'show new vs repeat callers <period>',
          example: 'show new vs repeat callers from 2026-03-01 to 2026-03-31',
          description: 'inbound callers whose first inbound call ever is in the period (new) or before it (repeat), and their calls',
        },
        {
          command: 'show speed to lead',
          example: 'show speed to lead in last 30 days',
          description: 'time from each lead to the first outbound call or SMS: median, 90th percentile, shares of all leads within 5 min, 1 h, 24 h',
        },
        {
          command: 'show unreached leads',
          example: 'show unreached leads in last 30 days',
          description: 'leads never followed by an outbound call or SMS to their customer, oldest first',
        },
        {
          command: 'show call|sms heatmap [in ZONE]',
          example: 'show call heatmap in Asia/Kolkata',
          description: 'calls or SMS by weekday and hour (7 x 24) in an IANA time zone (default: the configured one)',
        },
        {
          command: 'show calls|sms|leads|engagement by day|week|month',
          example: 'show calls by week from 2026-01-01 to 2026-03-31',
          description: 'counts per day, ISO week or month in the configured time zone, every bucket of the period (empty ones 0), as a bar chart',
        },
        {
          command: 'show [top N] sources by leads|engagement|speed to lead|conversion',
          example: 'show sources by conversion in last 90 days',
          description:
            'per lead source: leads, calls and SMS attributed to its leads, median speed to lead (fastest first) and share reached, won leads and conversion',
        },
        {
          command: 'show lead funnel',
          example: 'show lead funnel for source website in last 90 days',
          description: 'leads per status in the configured stage order, and the share that reached each stage or beyond; lost and other statuses below',
        },
        {
          command: 'show call outcomes',
          example: 'show call outcomes in last 30 days',
          description: "calls per direction and status (answered, missed, voicemail, busy, failed), each with its share of the direction's calls",
        },
        {
          command: 'show [top N] agents by calls|talk time|missed|unreturned|speed to lead|leads',
          example: 'show agents by talk time in last 30 days',
          description:
            'per agent: calls handled, talk time, SMS, missed and unreturned calls, median speed to lead of the leads they own, leads owned; the most first (speed to lead: the fastest)',
        },
        {
          command: 'show agent summary for <agent>',
          example: 'show agent summary for Anita Desai',
          description:
            "one agent's calls (inbound, outbound, answer rate), talk time, SMS, missed and unreturned calls, owned leads and their speed to lead, customers, first and last activity",
        },
        { command: 'help', example: 'help', description: 'lists every command with an example' },
        {
          command: '<command> from YYYY-MM-DD to YYYY-MM-DD',
          example: 'show top 5 leads by call volume from 2026-03-01 to 2026-03-31',
          description: 'counts only records in these whole days (both included) in the configured time zone',
        },
        {
          command: '<command> in last N days',
          example: 'show listings with most sms inquiries in last 30 days',
          description: 'counts only records in the N days up to the latest timestamp in the data',
        },
        {
          command: '<ranking> for source X',
          example: 'show top 5 leads by call volume for source website',
          description:
            'only leads of that source and the calls and SMS attributed to them (lead, listing, location, price band, source and agent rankings, scores and tiers, missed calls, speed to lead, unreached leads, the lead funnel)',
        },
        {
          command: '<ranking> for location L',
          example: 'show top 3 listings by leads for location "Navi Mumbai" in last 30 days',
          description: 'only listings in that location, the leads on them and the calls and SMS attributed to them (the same rankings)',
        },
        {
          command: '<ranking> for agent A',
          example: 'show top 5 leads by call volume for agent Anita Desai in last 30 days',
          description: 'only the leads the agent owns and the calls and SMS the agent handled (the same rankings)',
        },
        {
          command: '<ranking> for source X and location L',
          example: 'show hot leads for source website and location Mumbai',
          description: 'both at once; filters and the period in any order; values match ignoring case; quote a value as "..." when it holds command words',
        },
        {
          command: '<ranking or summary> <period> compared with previous period',
          example: 'show top 5 leads by call volume in last 30 days compared with previous period',
          description:
            "each figure beside the previous equal-length period's (in last N days: the N days before) and the change; rankings, speed to lead, new vs repeat callers, summaries",
        },
      ],
    });
  });

  it('every example in help parses and runs', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, {
      ...ATTRIBUTION_CASES,
      customers: [...(ATTRIBUTION_CASES.customers ?? []), ['C9', 'Ira', '+919876543210']],
      leads: [...(ATTRIBUTION_CASES.leads ?? []), ['L102', 'C9', 'P1', '2026-03-01T00:00:00Z', 'website', 'Priya']],
      listings: [...(ATTRIBUTION_CASES.listings ?? []), ['P17', 'Villa Kharadi', 'Pune', 9_000_000], ['P18', 'Flat Vashi', 'Navi Mumbai', 6_000_000]],
    });
    // The funnel's example names a source, which some lead must have.
    await db.dataSource.query("UPDATE leads SET source = 'website' WHERE lead_id = 'L102'");
    // The agent of the help's example owns a lead.
    await db.dataSource.query(`UPDATE leads SET agent = 'Anita Desai' WHERE lead_id = 'L102'`);
    const help = await db.query('help');
    const commands = await Promise.all(help.rows.map(async (row) => (await db.query(String(row.example))).command));
    await db.close();
    expect(commands).toEqual([
      'show top 5 leads by call volume',
      'show top 5 leads by score',
      'show hot leads',
      'explain lead L102',
      'show top 3 listings by call inquiries',
      'show top 10 listings by sms inquiries',
      'show customer activity summary for +91-9876543210',
      'show customer profile for +91-9876543210 with timeline 20',
      'show duplicate customers',
      'show listing summary for P17',
      'show locations by leads',
      'show price bands by leads with bands 5000000,10000000,20000000',
      'show tracking numbers',
      'show missed calls within 24 hours in last 7 days',
      'show unreturned missed calls within 48 hours',
      'show new vs repeat callers from 2026-03-01 to 2026-03-31',
      'show speed to lead in last 30 days',
      'show unreached leads in last 30 days',
      'show call heatmap in Asia/Kolkata',
      'show calls by week from 2026-01-01 to 2026-03-31',
      'show sources by conversion in last 90 days',
      'show lead funnel for source website in last 90 days',
      'show call outcomes in last 30 days',
      'show agents by talk time in last 30 days',
      'show agent summary for Anita Desai',
      'help',
      'show top 5 leads by call volume from 2026-03-01 to 2026-03-31',
      'show top 10 listings by sms inquiries in last 30 days',
      'show top 5 leads by call volume for source website',
      'show top 3 listings by leads for location Navi Mumbai in last 30 days',
      'show top 5 leads by call volume for agent Anita Desai in last 30 days',
      'show hot leads for source website and location Mumbai',
      'show top 5 leads by call volume in last 30 days compared with previous period',
    ]);
  });
}, { citus: true });
