import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { grid, HEATMAP_CASES } from '@hcdm/test-database';
import { insertProfileCases } from '../query.test-utils.js';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import { resultToJson } from '../query-result.json.js';
import type { QueryResult } from '../query-result.types.js';

async function heatmap(command: string, timeZone = 'UTC'): Promise<QueryResult> {
  const db = await openTempDatabase({ settings: { timeZone } });
  await insertFixture(db, HEATMAP_CASES);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

async function profile(command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await insertProfileCases(db);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });
const HEATMAP_COLUMNS = [left('weekday', 'Weekday'), right('hour', 'Hour'), right('count', 'Count')];

describeEachDatabase('heatmap results', () => {
  it('show call heatmap in Asia/Kolkata: 168 rows, the Monday 20:00 UTC call on Tuesday at 1', async () => {
    // Cells worked by hand in heatmap-cases.test-utils.ts.
    expect(await heatmap('show call heatmap in Asia/Kolkata')).toEqual({
      command: 'show call heatmap in Asia/Kolkata',
      title: 'Calls by weekday and hour in Asia/Kolkata (all time)',
      shape: 'heatmap',
      columns: HEATMAP_COLUMNS,
      rows: grid({ 'Tue 1': 1, 'Tue 2': 1, 'Mon 23': 2, 'Sun 12': 1, 'Sun 13': 1, 'Mon 5': 1 }),
    });
  });

  it('uses the configured zone when none is written, and names it in the command', async () => {
    const result = await heatmap('show calls heatmap', 'Asia/Kolkata');
    expect([result.command, result.rows]).toEqual([
      'show call heatmap in Asia/Kolkata',
      grid({ 'Tue 1': 1, 'Tue 2': 1, 'Mon 23': 2, 'Sun 12': 1, 'Sun 13': 1, 'Mon 5': 1 }),
    ]);
  });

  it('show sms heatmap counts SMS in UTC by default', async () => {
    const result = await heatmap('show sms heatmap');
    expect([result.command, result.title, result.rows]).toEqual([
      'show sms heatmap in UTC',
      'SMS by weekday and hour in UTC (all time)',
      grid({ 'Tue 10': 2, 'Wed 0': 1 }),
    ]);
  });

  it("reads the period's whole days in the heatmap's zone", async () => {
    // 2026-03-08 in UTC: H5, H6, H7. 2026-03-09 in Kolkata is [03-08T18:30Z, 03-09T18:30Z): H7 only, Monday 05:15.
    const utc = await heatmap('show call heatmap from 2026-03-08 to 2026-03-08');
    const kolkata = await heatmap('show call heatmap in Asia/Kolkata from 2026-03-09 to 2026-03-09');
    expect([utc.rows, kolkata.command, kolkata.title, kolkata.rows]).toEqual([
      grid({ 'Sun 6': 1, 'Sun 7': 1, 'Sun 23': 1 }),
      'show call heatmap in Asia/Kolkata from 2026-03-09 to 2026-03-09',
      'Calls by weekday and hour in Asia/Kolkata (2026-03-09 to 2026-03-09)',
      grid({ 'Mon 5': 1 }),
    ]);
  });

  it('its JSON is the 168 rows', async () => {
    expect(resultToJson(await heatmap('show sms heatmap'))).toEqual(grid({ 'Tue 10': 2, 'Wed 0': 1 }));
  });
}, { citus: true });

// Worked by hand in profile-cases.test-utils.ts.
const SUMMARY = {
  customerId: 'C1',
  name: 'Asha Rao',
  phone: '+919800000001',
  calls: 5,
  callSeconds: 600,
  sms: 3,
  leadsContacted: 2,
  listingsInquired: 2,
  firstContact: '2026-03-02T00:00:00.000Z',
  lastContact: '2026-03-15T00:00:00.000Z',
};
const LEADS = [
  { leadId: 'LA', customerId: 'C1', propertyId: 'P1', callCount: 4, smsCount: 1, callSeconds: 300, score: 59.4, tier: 'warm' },
  { leadId: 'LB', customerId: 'C1', propertyId: 'P2', callCount: 1, smsCount: 2, callSeconds: 300, score: 53.6, tier: 'warm' },
];
const TIMELINE = [
  { timestamp: '2026-03-15T00:00:00.000Z', type: 'sms', id: 'S3', direction: 'inbound', detail: '15 chars', propertyId: 'P2', leadId: 'LB', agent: null },
  { timestamp: '2026-03-13T00:00:00.000Z', type: 'call', id: 'K5', direction: 'inbound', detail: '0 s missed', propertyId: 'P1', leadId: 'LA', agent: null },
  { timestamp: '2026-03-12T00:00:00.000Z', type: 'call', id: 'K4', direction: 'inbound', detail: '300 s answered', propertyId: 'P2', leadId: 'LB', agent: null },
];

describeEachDatabase('customer profile results', () => {
  it('show customer profile: summary, leads and timeline sections, no rows of its own', async () => {
    const command = 'show customer profile for 98000 00001 with timeline 3';
    expect(await profile(command)).toEqual({
      command,
      title: 'Customer profile for Asha Rao (C1), all time',
      shape: 'sections',
      columns: [],
      rows: [],
      sections: [
        {
          name: 'summary',
          result: {
            command,
            title: 'Activity summary',
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
            rows: [SUMMARY],
          },
        },
        {
          name: 'leads',
          result: {
            command,
            title: 'Leads by score',
            shape: 'list',
            columns: [
              left('leadId', 'Lead ID'),
              left('propertyId', 'Listing'),
              right('callCount', 'Calls'),
              right('smsCount', 'SMS'),
              right('callSeconds', 'Call Seconds'),
              right('score', 'Score'),
              left('tier', 'Tier'),
            ],
            rows: LEADS,
          },
        },
        {
          name: 'timeline',
          result: {
            command,
            title: 'Latest 3 calls, SMS and leads, newest first',
            shape: 'list',
            columns: [left('timestamp', 'Time'), left('type', 'Type'), left('id', 'ID'), left('direction', 'Direction'), left('detail', 'Detail')],
            rows: TIMELINE,
          },
        },
      ],
    });
  });

  it('its JSON is one object: { summary, leads, timeline }', async () => {
    expect(resultToJson(await profile('show customer profile for C1 with timeline 3'))).toEqual({
      summary: SUMMARY,
      leads: LEADS,
      timeline: TIMELINE,
    });
  });

  it('names the default timeline length and the period in its command', async () => {
    // [03-10, 03-14): K5, K4, then LB and S2 at the same instant, by id.
    const result = await profile('show customer profile for C1 from 2026-03-10 to 2026-03-13');
    const timeline = result.shape === 'sections' ? result.sections[2]?.result.rows.map((row) => row.id) : null;
    expect([result.command, result.title, timeline]).toEqual([
      'show customer profile for C1 with timeline 20 from 2026-03-10 to 2026-03-13',
      'Customer profile for Asha Rao (C1), 2026-03-10 to 2026-03-13',
      ['K5', 'K4', 'LB', 'S2'],
    ]);
  });

  it('an unknown customer is a NOT_FOUND error', async () => {
    await expect(profile('show customer profile for +91-9999999999')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no customer with phone +919999999999',
    });
  });
}, { citus: true });
