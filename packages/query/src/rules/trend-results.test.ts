import { describeEachDatabase } from '@hcdm/test-utils';
import { TREND_CASES } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase, type QueryTestDatabase } from '../query.test-utils.js';
import { resultToJson } from '../query-result.json.js';

/** Runs `use` on a database holding the trend cases, in the configured `timeZone`. */
async function withTrendCases<T>(timeZone: string, use: (db: QueryTestDatabase) => Promise<T>): Promise<T> {
  const db = await openTempDatabase({ settings: { timeZone } });
  try {
    await insertFixture(db, TREND_CASES);
    return await use(db);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });
const sum = (rows: readonly Record<string, unknown>[], key = 'count') => rows.reduce((total, row) => total + Number(row[key]), 0);

// The cases' days, weeks and months in each zone are worked out in trend-cases.ts.
describeEachDatabase('trend results', () => {
  it('show engagement by month: a bar chart of the configured zone’s months, calls and SMS beside', async () => {
    // Asia/Kolkata. Calls: Dec T1; Jan T2, T3, T4, T8; Feb T7; Mar T5, T6. SMS: Jan S1; Feb S3; Mar S2.
    expect(await withTrendCases('Asia/Kolkata', (db) => db.query('show engagement by month'))).toEqual({
      command: 'show engagement by month',
      title: 'Engagement by month in Asia/Kolkata (all time)',
      shape: 'bars',
      bars: { label: 'bucket', value: 'count' },
      columns: [left('bucket', 'Month'), right('count', 'Engagement'), right('calls', 'Calls'), right('sms', 'SMS')],
      rows: [
        { bucket: '2025-12', start: '2025-12-01', count: 1, calls: 1, sms: 0 },
        { bucket: '2026-01', start: '2026-01-01', count: 5, calls: 4, sms: 1 },
        { bucket: '2026-02', start: '2026-02-01', count: 2, calls: 1, sms: 1 },
        { bucket: '2026-03', start: '2026-03-01', count: 3, calls: 2, sms: 1 },
      ],
    });
  });

  it('show calls by week from … to …: the weeks the period’s days fall in, in New York, its Mondays in a column', async () => {
    // Jan 1 to Jan 31 in New York: W01 (from Dec 29): T3 (Jan 4 23:59; T2 on Dec 31 is before the period);
    // W02: T4; W03, W04: none; W05 (to Feb 1): T7, T8 (Jan 31).
    const result = await withTrendCases('America/New_York', (db) => db.query('show call per week from 2026-01-01 to 2026-01-31'));
    expect(result).toMatchObject({
      command: 'show calls by week from 2026-01-01 to 2026-01-31',
      title: 'Calls by week in America/New_York (2026-01-01 to 2026-01-31)',
      columns: [left('bucket', 'Week'), right('count', 'Calls'), left('start', 'Starts')],
    });
    expect(resultToJson(result)).toEqual([
      { bucket: '2026-W01', start: '2025-12-29', count: 1 },
      { bucket: '2026-W02', start: '2026-01-05', count: 1 },
      { bucket: '2026-W03', start: '2026-01-12', count: 0 },
      { bucket: '2026-W04', start: '2026-01-19', count: 0 },
      { bucket: '2026-W05', start: '2026-01-26', count: 2 },
    ]);
  });

  it('show sms by day in last 3 days: the days from 72 hours before the latest record to it', async () => {
    // The latest record is T6, 2026-03-09T04:30Z; [Mar 6 04:30Z, Mar 9 04:30Z] in UTC holds S2 on Mar 8.
    const result = await withTrendCases('UTC', (db) => db.query('show sms by day in last 3 days'));
    expect([result.command, result.columns, result.rows]).toEqual([
      'show sms by day in last 3 days',
      [left('bucket', 'Day'), right('count', 'SMS')],
      [
        { bucket: '2026-03-06', start: '2026-03-06', count: 0 },
        { bucket: '2026-03-07', start: '2026-03-07', count: 0 },
        { bucket: '2026-03-08', start: '2026-03-08', count: 1 },
        { bucket: '2026-03-09', start: '2026-03-09', count: 0 },
      ],
    ]);
  });

  it('show leads by month counts leads in the zone', async () => {
    // New York: L1, L2 in January, L3 on Feb 28 21:00.
    const result = await withTrendCases('America/New_York', (db) => db.query('Show Leads By Month'));
    expect([result.command, result.rows]).toEqual([
      'show leads by month',
      [
        { bucket: '2026-01', start: '2026-01-01', count: 2 },
        { bucket: '2026-02', start: '2026-02-01', count: 1 },
      ],
    ]);
  });

  it.each(['UTC', 'Asia/Kolkata', 'America/New_York'])('adds up in %s: every bucketing of January’s calls gives the customers’ January calls', async (timeZone) => {
    // January holds 4 calls in each zone: UTC T3 T4 T7 T8; Kolkata T2 T3 T4 T8; New York T3 T4 T7 T8.
    const period = 'from 2026-01-01 to 2026-01-31';
    const totals = await withTrendCases(timeZone, async (db) => {
      const summaries = await Promise.all(['C1', 'C2'].map((id) => db.query(`show customer activity summary for ${id} ${period}`)));
      const byCustomer = sum(summaries.map((summary) => summary.rows[0] ?? {}), 'calls');
      const buckets = await Promise.all(['day', 'week', 'month'].map(async (bucket) => sum((await db.query(`show calls by ${bucket} ${period}`)).rows)));
      return [byCustomer, ...buckets];
    });
    expect(totals).toEqual([4, 4, 4, 4]);
  });

  it('adds up over all time: 8 calls, 3 SMS, 3 leads, 11 of engagement, by any bucket', async () => {
    const totals = await withTrendCases('Asia/Kolkata', async (db) => {
      const out: Record<string, number[]> = {};
      for (const source of ['calls', 'sms', 'leads', 'engagement']) {
        out[source] = [];
        for (const bucket of ['day', 'week', 'month']) out[source].push(sum((await db.query(`show ${source} by ${bucket}`)).rows));
      }
      return out;
    });
    expect(totals).toEqual({ calls: [8, 8, 8], sms: [3, 3, 3], leads: [3, 3, 3], engagement: [11, 11, 11] });
  });

  it('refuses more than 4000 buckets as the command’s fault, saying what to do instead', async () => {
    // 2000-01-01 to 2026-01-31: 26 years of 365 days, 7 leap days (2000 to 2024) and 31 more.
    const error = await withTrendCases('UTC', (db) => db.query('show calls by day from 2000-01-01 to 2026-01-31')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_COMMAND',
      message:
        'invalid command "show calls by day from 2000-01-01 to 2026-01-31": 9528 days from 2000-01-01 to 2026-01-31 are more than the 4000 buckets a trend shows; count by a longer bucket or choose a shorter period',
    });
  });
}, { citus: true });
