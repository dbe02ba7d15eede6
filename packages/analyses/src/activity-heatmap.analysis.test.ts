import { InvalidValueError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase, type Fixture } from './analyses.test-utils.js';
import { activityHeatmap, type ActivityHeatmapOptions } from './activity-heatmap.analysis.js';
import { grid, HEATMAP_CASES } from '@hcdm/test-database';

async function heatmap(options: ActivityHeatmapOptions, fixture: Fixture = HEATMAP_CASES) {
  const db = await openTempDatabase();
  try {
    await insertFixture(db, fixture);
    return await activityHeatmap(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

describeEachDatabase('activityHeatmap', () => {
  it('counts calls by weekday and hour in UTC', async () => {
    // H3, H4 Mon 18; H1, H2 Mon 20; H5 Sun 6; H6 Sun 7; H7 Sun 23 (cases in heatmap-cases.test-utils.ts)
    expect(await heatmap({ source: 'calls', timeZone: 'UTC' })).toEqual(
      grid({ 'Mon 18': 2, 'Mon 20': 2, 'Sun 6': 1, 'Sun 7': 1, 'Sun 23': 1 }),
    );
  });

  it('moves calls to the next weekday in Asia/Kolkata: 20:00 UTC on Monday is Tuesday 01:30, 20:40 is 02:10', async () => {
    // H1 Tue 1, H2 Tue 2, H3 and H4 Mon 23, H5 Sun 12, H6 Sun 13, H7 Mon 5
    expect(await heatmap({ source: 'calls', timeZone: 'Asia/Kolkata' })).toEqual(
      grid({ 'Tue 1': 1, 'Tue 2': 1, 'Mon 23': 2, 'Sun 12': 1, 'Sun 13': 1, 'Mon 5': 1 }),
    );
  });

  it('splits a UTC hour at the quarter hour in a +05:45 zone', async () => {
    // H3 18:14Z is Mon 23:59, H4 18:15Z is Tue 00:00 in Kathmandu
    expect(await heatmap({ source: 'calls', timeZone: 'Asia/Kathmandu' })).toEqual(
      grid({ 'Tue 1': 1, 'Tue 2': 1, 'Mon 23': 1, 'Tue 0': 1, 'Sun 12': 1, 'Sun 13': 1, 'Mon 5': 1 }),
    );
  });

  it('follows daylight saving time: New York is five hours behind before the change, four after', async () => {
    // H1, H2 Mon 15; H3, H4 Mon 13; H5 Sun 01:30 EST; H6 Sun 03:30 EDT (no 02:00 that night); H7 Sun 19:45 EDT
    expect(await heatmap({ source: 'calls', timeZone: 'America/New_York' })).toEqual(
      grid({ 'Mon 15': 2, 'Mon 13': 2, 'Sun 1': 1, 'Sun 3': 1, 'Sun 19': 1 }),
    );
  });

  it('counts both calls of an hour the clocks go back through', async () => {
    // 2026-11-01 (Sunday) 06:00Z: EDT 02:00 becomes EST 01:00; 05:30Z and 06:30Z are both 01:30
    const fixture: Fixture = {
      customers: [['C1', 'Asha Rao', '+919800000001']],
      calls: [
        ['F1', 'C1', '2026-11-01T05:30:00Z', 60],
        ['F2', 'C1', '2026-11-01T06:30:00Z', 60],
      ],
    };
    expect(await heatmap({ source: 'calls', timeZone: 'America/New_York' }, fixture)).toEqual(grid({ 'Sun 1': 2 }));
  });

  it('counts SMS, not calls, for the sms source', async () => {
    // M1, M2 Tue 10; M3 Wed 0
    expect(await heatmap({ source: 'sms', timeZone: 'UTC' })).toEqual(grid({ 'Tue 10': 2, 'Wed 0': 1 }));
  });

  it('counts only records in the range', async () => {
    // [2026-03-08T00:00Z, 2026-03-09T00:00Z): H5, H6, H7
    const range = { from: Date.parse('2026-03-08T00:00:00Z'), to: Date.parse('2026-03-09T00:00:00Z') };
    expect(await heatmap({ source: 'calls', timeZone: 'UTC', range })).toEqual(grid({ 'Sun 6': 1, 'Sun 7': 1, 'Sun 23': 1 }));
  });

  it('answers all 168 cells, Monday 0:00 first and Sunday 23:00 last, zeros for an empty database', async () => {
    const cells = await heatmap({ source: 'sms', timeZone: 'Asia/Kolkata' }, {});
    expect(cells).toHaveLength(168);
    expect([cells[0], cells[1], cells[24], cells[167]]).toEqual([
      { weekday: 'Mon', hour: 0, count: 0 },
      { weekday: 'Mon', hour: 1, count: 0 },
      { weekday: 'Tue', hour: 0, count: 0 },
      { weekday: 'Sun', hour: 23, count: 0 },
    ]);
    expect(cells.every((cell) => cell.count === 0)).toBe(true);
  });

  it('refuses a zone that is not an IANA zone', async () => {
    const error = await heatmap({ source: 'calls', timeZone: 'Mars/Olympus' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as Error).message).toBe('timeZone: is not an IANA time zone (Mars/Olympus)');
  });
}, { citus: true });
