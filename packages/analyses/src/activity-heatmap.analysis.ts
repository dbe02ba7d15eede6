import { ALL_TIME, InvalidValueError, isValidTimeZone, type TimeRange } from '@hcdm/core';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { QUARTER_HOUR_MS, quarterHourCounts } from './quarter-hours.sql.js';

/** ISO order, Monday first; a cell names its weekday so JSON and CSV rows read without a key. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type HeatmapSource = 'calls' | 'sms';
export const HEATMAP_SOURCES: readonly HeatmapSource[] = ['calls', 'sms'];

/** The records that fell on one weekday and hour of the zone. */
export interface HeatmapCell {
  readonly weekday: Weekday;
  /** 0..23, the wall-clock hour in the zone. */
  readonly hour: number;
  readonly count: number;
}

export interface ActivityHeatmapOptions {
  readonly source: HeatmapSource;
  /** The IANA zone whose weekdays and hours the records are counted in. */
  readonly timeZone: string;
  /** Over the records' timestamps. */
  readonly range?: TimeRange;
}

/**
 * Calls or SMS counted by weekday and hour in `timeZone`: all 168 cells, Monday 0:00 first,
 * zeros included. One statement counts the records per UTC quarter hour (quarter-hours.sql.ts);
 * each quarter hour is then placed in the zone here, with luxon.
 */
export async function activityHeatmap(manager: EntityManager, options: ActivityHeatmapOptions): Promise<HeatmapCell[]> {
  const { source, timeZone } = options;
  if (!isValidTimeZone(timeZone)) throw new InvalidValueError('timeZone', 'is not an IANA time zone', timeZone);
  const counts = new Array<number>(WEEKDAYS.length * 24).fill(0);
  for (const { quarterHour, count } of await quarterHourCounts(manager, source, options.range ?? ALL_TIME)) {
    const local = DateTime.fromMillis(quarterHour * QUARTER_HOUR_MS, { zone: timeZone });
    const cell = (local.weekday - 1) * 24 + local.hour;
    counts[cell] = (counts[cell] ?? 0) + count;
  }
  return WEEKDAYS.flatMap((weekday, day) =>
    Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: counts[day * 24 + hour] ?? 0 })),
  );
}
