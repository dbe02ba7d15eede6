import { InvalidValueError, resolvePeriod } from '@hcdm/core';
import { TREND_CASES } from '@hcdm/test-database';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { activityTrend, type ActivityTrendOptions } from './activity-trend.analysis.js';
import { insertFixture, openTempDatabase, type Fixture } from './analyses.test-utils.js';

async function trend(options: ActivityTrendOptions, fixture: Fixture = TREND_CASES) {
  const db = await openTempDatabase();
  try {
    await insertFixture(db, fixture);
    return await activityTrend(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

/** A period's instants as the command language resolves them: both days whole in the zone. */
function days(from: string, to: string, timeZone: string) {
  return resolvePeriod({ kind: 'between', from, to }, timeZone, null);
}

const counts = (rows: readonly { bucket: string; count: number }[]) => rows.map(({ bucket, count }) => [bucket, count]);

// The cases' days, weeks and months in each zone are in the table of trend-cases.ts.
describeEachDatabase('activityTrend', () => {
  it('counts calls by month in UTC, from the first record’s month to the last’s, an empty month as 0', async () => {
    // Dec: T1, T2; Jan: T3, T4, T7, T8; Feb: none; Mar: T5, T6
    expect(await trend({ source: 'calls', bucket: 'month', timeZone: 'UTC' })).toEqual([
      { bucket: '2025-12', start: '2025-12-01', count: 2 },
      { bucket: '2026-01', start: '2026-01-01', count: 4 },
      { bucket: '2026-02', start: '2026-02-01', count: 0 },
      { bucket: '2026-03', start: '2026-03-01', count: 2 },
    ]);
  });

  it('moves the months in Asia/Kolkata: 18:30Z on Jan 31 is Feb 1 there, 18:29Z still Jan 31', async () => {
    // Dec: T1; Jan: T2 (Jan 1 01:30), T3, T4, T8; Feb: T7; Mar: T5, T6
    expect(counts(await trend({ source: 'calls', bucket: 'month', timeZone: 'Asia/Kolkata' }))).toEqual([
      ['2025-12', 1],
      ['2026-01', 4],
      ['2026-02', 1],
      ['2026-03', 2],
    ]);
  });

  it('counts ISO weeks in America/New_York, Monday first, across the year and the change to EDT', async () => {
    // 2025-W52: T1; W01: T2, T3 (Jan 4 23:59); W02: T4 (Jan 5 00:00); W05: T7, T8; W10: T5; W11: T6 (00:30 EDT)
    expect(await trend({ source: 'calls', bucket: 'week', timeZone: 'America/New_York' })).toEqual([
      { bucket: '2025-W52', start: '2025-12-22', count: 1 },
      { bucket: '2026-W01', start: '2025-12-29', count: 2 },
      { bucket: '2026-W02', start: '2026-01-05', count: 1 },
      { bucket: '2026-W03', start: '2026-01-12', count: 0 },
      { bucket: '2026-W04', start: '2026-01-19', count: 0 },
      { bucket: '2026-W05', start: '2026-01-26', count: 2 },
      { bucket: '2026-W06', start: '2026-02-02', count: 0 },
      { bucket: '2026-W07', start: '2026-02-09', count: 0 },
      { bucket: '2026-W08', start: '2026-02-16', count: 0 },
      { bucket: '2026-W09', start: '2026-02-23', count: 0 },
      { bucket: '2026-W10', start: '2026-03-02', count: 1 },
      { bucket: '2026-W11', start: '2026-03-09', count: 1 },
    ]);
  });

  it('counts days of a period in New York whole, the 23-hour day of the change included', async () => {
    // Mar 8: T5 (01:30 EST); Mar 9: T6 (00:30 EDT); Mar 7 and Mar 10: none
    const range = days('2026-03-07', '2026-03-10', 'America/New_York');
    expect(await trend({ source: 'calls', bucket: 'day', timeZone: 'America/New_York', range })).toEqual([
      { bucket: '2026-03-07', start: '2026-03-07', count: 0 },
      { bucket: '2026-03-08', start: '2026-03-08', count: 1 },
      { bucket: '2026-03-09', start: '2026-03-09', count: 1 },
      { bucket: '2026-03-10', start: '2026-03-10', count: 0 },
    ]);
  });

  it('counts the 25-hour day the clocks go back in New York as one day', async () => {
    // 2026-11-01: 05:30Z is 01:30 EDT, 06:30Z 01:30 EST, Nov 2 04:30Z 23:30 EST (a fixed -04:00 would
    // say Nov 2 00:30); Nov 2 05:00Z is Nov 2 00:00 EST.
    const fixture: Fixture = {
      customers: [['C1', 'Asha Rao', '+919800000001']],
      calls: [
        ['F1', 'C1', '2026-11-01T05:30:00Z', 60],
        ['F2', 'C1', '2026-11-01T06:30:00Z', 60],
        ['F3', 'C1', '2026-11-02T04:30:00Z', 60],
        ['F4', 'C1', '2026-11-02T05:00:00Z', 60],
      ],
    };
    const range = days('2026-10-31', '2026-11-02', 'America/New_York');
    expect(counts(await trend({ source: 'calls', bucket: 'day', timeZone: 'America/New_York', range }, fixture))).toEqual([
      ['2026-10-31', 0],
      ['2026-11-01', 3],
      ['2026-11-02', 1],
    ]);
  });

  it('counts engagement as calls + SMS, and only the period’s days in the weeks it starts and ends in', async () => {
    // Jan 1 to Jan 14 in UTC: W01 (from Dec 29) holds no record of the period (T2 on Dec 31 is
    // before it); W02: T3, T4 and S1; W03 (to Jan 18) none up to Jan 14.
    const range = days('2026-01-01', '2026-01-14', 'UTC');
    expect(await trend({ source: 'engagement', bucket: 'week', timeZone: 'UTC', range })).toEqual([
      { bucket: '2026-W01', start: '2025-12-29', count: 0, calls: 0, sms: 0 },
      { bucket: '2026-W02', start: '2026-01-05', count: 3, calls: 2, sms: 1 },
      { bucket: '2026-W03', start: '2026-01-12', count: 0, calls: 0, sms: 0 },
    ]);
  });

  it('counts SMS by day from the day a range starts in to the day its last instant is in', async () => {
    // [Mar 7 12:00Z, Mar 9 12:00Z): S2 on Mar 8
    const range = { from: Date.parse('2026-03-07T12:00:00Z'), to: Date.parse('2026-03-09T12:00:00Z') };
    expect(counts(await trend({ source: 'sms', bucket: 'day', timeZone: 'UTC', range }))).toEqual([
      ['2026-03-07', 0],
      ['2026-03-08', 1],
      ['2026-03-09', 0],
    ]);
  });

  it('counts leads by when they were made, in the zone', async () => {
    // Kolkata: L1 Jan, L2 Feb 1 00:00, L3 Mar; New York: L1 and L2 Jan, L3 Feb 28 21:00
    expect(counts(await trend({ source: 'leads', bucket: 'month', timeZone: 'Asia/Kolkata' }))).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 1],
    ]);
    expect(counts(await trend({ source: 'leads', bucket: 'month', timeZone: 'America/New_York' }))).toEqual([
      ['2026-01', 2],
      ['2026-02', 1],
    ]);
  });

  it('answers no rows for no records and no period, and zeros for every bucket of a period', async () => {
    expect(await trend({ source: 'calls', bucket: 'day', timeZone: 'UTC' }, {})).toEqual([]);
    expect(await trend({ source: 'engagement', bucket: 'month', timeZone: 'UTC', range: days('2026-01-15', '2026-03-02', 'UTC') }, {})).toEqual([
      { bucket: '2026-01', start: '2026-01-01', count: 0, calls: 0, sms: 0 },
      { bucket: '2026-02', start: '2026-02-01', count: 0, calls: 0, sms: 0 },
      { bucket: '2026-03', start: '2026-03-01', count: 0, calls: 0, sms: 0 },
    ]);
  });

  it('answers up to 4000 buckets and refuses more, naming a way out', async () => {
    // 2000-01-01 + 3999 days is 2010-12-13 (2000-2009 are 3653 days, then 346 days into 2010).
    expect(await trend({ source: 'calls', bucket: 'day', timeZone: 'UTC', range: days('2000-01-01', '2010-12-13', 'UTC') }, {})).toHaveLength(4000);
    const error = await trend({ source: 'calls', bucket: 'day', timeZone: 'UTC', range: days('2000-01-01', '2010-12-14', 'UTC') }, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).reason).toBe(
      '4001 days from 2000-01-01 to 2010-12-14 are more than the 4000 buckets a trend shows; count by a longer bucket or choose a shorter period',
    );
  });

  it('answers the same 26 years by week: 1999-W52 (from Mon 1999-12-27) to 2026-W01', async () => {
    // 1999-12-27 to 2025-12-29 is 26 × 365 + 7 leap days + 2 = 9499 days = 1357 weeks, so 1358 buckets.
    const rows = await trend({ source: 'calls', bucket: 'week', timeZone: 'UTC', range: days('2000-01-01', '2025-12-31', 'UTC') }, {});
    expect(rows).toHaveLength(1358);
    expect([rows[0], rows.at(-1)]).toEqual([
      { bucket: '1999-W52', start: '1999-12-27', count: 0 },
      { bucket: '2026-W01', start: '2025-12-29', count: 0 },
    ]);
  });

  it('refuses a zone that is not an IANA zone', async () => {
    const error = await trend({ source: 'calls', bucket: 'day', timeZone: 'Mars/Olympus' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('timeZone: is not an IANA time zone (Mars/Olympus)');
  });
}, { citus: true });
