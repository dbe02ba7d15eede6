import { ALL_TIME, InvalidValueError, isValidTimeZone, type TimeRange } from '@hcdm/core';
import { CallRecord, SmsRecord, toNumber, whereInRange } from '@hcdm/telecom';
import { DateTime } from 'luxon';
import { coversWholeQuarterHours, storedQuarterHours } from './precomputed/quarter-hours.table.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import type { EntityManager } from 'typeorm';

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

// Every zone's offset today is a whole number of quarter hours (+05:30, +05:45, +08:45), so
// all instants of one UTC quarter hour share their weekday and hour in any zone, DST included.
const BUCKET_MS = 900_000;
// Shifting by the earliest instant a Date can hold (a whole number of buckets) keeps the
// dividend positive, so integer division floors for instants before 1970 too.
const SHIFT_BUCKETS = 9_600_000_000;
const BUCKET_SQL = `(r.occurredAt + ${SHIFT_BUCKETS * BUCKET_MS}) / ${BUCKET_MS} - ${SHIFT_BUCKETS}`;

/**
 * Calls or SMS counted by weekday and hour in `timeZone`: all 168 cells, Monday 0:00 first,
 * zeros included. One statement counts the records per UTC quarter hour (portable integer
 * arithmetic); each quarter hour is then placed in the zone here, with luxon.
 */
export async function activityHeatmap(manager: EntityManager, options: ActivityHeatmapOptions): Promise<HeatmapCell[]> {
  const { source, timeZone } = options;
  if (!isValidTimeZone(timeZone)) throw new InvalidValueError('timeZone', 'is not an IANA time zone', timeZone);
  const counts = new Array<number>(WEEKDAYS.length * 24).fill(0);
  for (const { bucket, count } of await bucketCounts(manager, source, options.range ?? ALL_TIME)) {
    const local = DateTime.fromMillis(bucket * BUCKET_MS, { zone: timeZone });
    const cell = (local.weekday - 1) * 24 + local.hour;
    counts[cell] = (counts[cell] ?? 0) + count;
  }
  return WEEKDAYS.flatMap((weekday, day) =>
    Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: counts[day * 24 + hour] ?? 0 })),
  );
}

async function bucketCounts(manager: EntityManager, source: HeatmapSource, range: TimeRange) {
  // Precomputed at import: exact for a range of whole quarter hours (every period of whole days in any zone is one).
  if (coversWholeQuarterHours(range) && (await precomputedIsCurrent(manager))) return storedQuarterHours(manager, source, range);
  const qb = manager
    .createQueryBuilder()
    .select(BUCKET_SQL, 'bucket')
    .addSelect('COUNT(*)', 'n')
    .from(source === 'calls' ? CallRecord : SmsRecord, 'r');
  const raw = await whereInRange(qb, 'r.occurredAt', range).groupBy(BUCKET_SQL).getRawMany<Record<string, unknown>>();
  return raw.map((row) => ({ bucket: toNumber(row.bucket), count: toNumber(row.n) }));
}
