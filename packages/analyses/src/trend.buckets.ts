import { InvalidValueError, startOfDay } from '@hcdm/core';
import { DateTime } from 'luxon';

/** How a trend cuts time: calendar days, ISO weeks (Monday first) or calendar months, in one zone. */
export type TrendBucket = 'day' | 'week' | 'month';
export const TREND_BUCKETS: readonly TrendBucket[] = ['day', 'week', 'month'];

/**
 * The most buckets one trend answers: just over ten years by day (3,653 days), far more by week
 * or month. Beyond it the chart is unreadable and the rows are better had coarser; a stray
 * record from 1900 must not make `by day` answer 46,000 rows.
 */
export const MAX_TREND_BUCKETS = 4000;

/** One bucket: its label (`2026-01-05`, `2026-W02`, `2026-01`), its first day, and the instant it starts. */
export interface TrendBucketSpan {
  readonly label: string;
  /** Its first calendar day, YYYY-MM-DD (a week's Monday, a month's 1st). */
  readonly start: string;
  /** Epoch ms of the first moment of `start` in the zone. */
  readonly from: number;
}

/** The buckets from the one holding `firstDay` to the one holding `lastDay`, and the instant the last one ends. */
export interface TrendBuckets {
  readonly buckets: readonly TrendBucketSpan[];
  readonly end: number;
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDate(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISODate() ?? '';
}

/**
 * Every bucket from the one holding `firstDay` to the one holding `lastDay` (dates as YYYY-MM-DD),
 * empty ones included. The calendar is stepped on plain dates; each bucket then starts at the
 * first moment of its first day in `timeZone`, as a period's day does (`startOfDay`), so a
 * bucket holds exactly what `from its first day to its last day` would count, across DST too.
 * More than MAX_TREND_BUCKETS is an InvalidValueError of the field `by`.
 */
export function trendBuckets(firstDay: string, lastDay: string, bucket: TrendBucket, timeZone: string): TrendBuckets {
  const first = bucketStart(firstDay, bucket);
  const last = bucketStart(lastDay, bucket);
  const count = bucketsBetween(first, last, bucket);
  if (count > MAX_TREND_BUCKETS) {
    throw new InvalidValueError(
      'by',
      `${count} ${bucket}s from ${firstDay} to ${lastDay} are more than the ${MAX_TREND_BUCKETS} buckets a trend shows; count by a longer bucket or choose a shorter period`,
      bucket,
    );
  }
  const buckets = Array.from({ length: count }, (_, index) => {
    const start = first.plus({ [`${bucket}s`]: index });
    return { label: labelOf(start, bucket), start: isoDate(start), from: startOfDay(isoDate(start), timeZone) };
  });
  return { buckets, end: startOfDay(isoDate(last.plus({ [`${bucket}s`]: 1 })), timeZone) };
}

/** The first day of the bucket holding `day`, as a plain calendar date (UTC, where days are all 24 hours). */
function bucketStart(day: string, bucket: TrendBucket): DateTime {
  const date = DateTime.fromISO(day, { zone: 'UTC' });
  // luxon's week is the ISO week, Monday first, unless asked for the locale's.
  return bucket === 'day' ? date : date.startOf(bucket);
}

function bucketsBetween(first: DateTime, last: DateTime, bucket: TrendBucket): number {
  if (bucket === 'month') return (last.year - first.year) * 12 + (last.month - first.month) + 1;
  const days = Math.round(last.diff(first, 'days').days);
  return (bucket === 'week' ? days / 7 : days) + 1;
}

/** `2026-01-05`; an ISO week as its week-numbering year and number, `2026-W02` (2025-12-29 is in 2026-W01); `2026-01`. */
function labelOf(start: DateTime, bucket: TrendBucket): string {
  if (bucket === 'day') return isoDate(start);
  if (bucket === 'week') return `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`;
  return start.toFormat('yyyy-MM');
}

function isoDate(date: DateTime): string {
  return date.toISODate() ?? '';
}
