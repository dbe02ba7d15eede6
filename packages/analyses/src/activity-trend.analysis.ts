import { ALL_TIME, InvalidValueError, isValidTimeZone, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { QUARTER_HOUR_MS, quarterHourCounts, type QuarterHourCount, type TimedRecords } from './quarter-hours.sql.js';
import { localDate, trendBuckets, type TrendBucket, type TrendBucketSpan } from './trend.buckets.js';

/** What a trend counts; engagement is calls + SMS, as in the rankings. */
export type TrendSource = 'calls' | 'sms' | 'leads' | 'engagement';
export const TREND_SOURCES: readonly TrendSource[] = ['calls', 'sms', 'leads', 'engagement'];

/** One bucket of a trend. */
export interface TrendRow {
  /** `2026-01-05` by day, `2026-W02` by ISO week, `2026-01` by month. */
  readonly bucket: string;
  /** Its first day, YYYY-MM-DD (a week's Monday, a month's 1st), whatever part of it the period covers. */
  readonly start: string;
  readonly count: number;
  /** Engagement only: the calls and SMS that make up `count`. */
  readonly calls?: number;
  readonly sms?: number;
}

export interface ActivityTrendOptions {
  readonly source: TrendSource;
  readonly bucket: TrendBucket;
  /** The IANA zone whose days, weeks and months the records are counted in. */
  readonly timeZone: string;
  /**
   * Over the records' timestamps. Its bounds give the first and last bucket (every one between
   * answered, empty ones as 0); an open bound takes the first or last record's bucket instead.
   */
  readonly range?: TimeRange;
}

/**
 * Calls, SMS, leads or engagement counted per day, ISO week or month in `timeZone`, oldest
 * first, every bucket from the first to the last included. One statement per kind counts the
 * records per UTC quarter hour (quarter-hours.sql.ts); each quarter hour falls wholly in one
 * bucket, found here from the buckets' first instants. No bounds and no records: no rows.
 */
export async function activityTrend(manager: EntityManager, options: ActivityTrendOptions): Promise<TrendRow[]> {
  const { source, bucket, timeZone } = options;
  if (!isValidTimeZone(timeZone)) throw new InvalidValueError('timeZone', 'is not an IANA time zone', timeZone);
  const range = options.range ?? ALL_TIME;
  const kinds: readonly TimedRecords[] = source === 'engagement' ? ['calls', 'sms'] : [source];
  const counted: QuarterHourCount[][] = [];
  for (const kind of kinds) counted.push(await quarterHourCounts(manager, kind, range));
  const days = spanOf(range, counted.flat(), timeZone);
  if (days === null) return [];
  const { buckets, end } = trendBuckets(days.first, days.last, bucket, timeZone);
  const sums = counted.map((counts) => perBucket(buckets, end, counts));
  return buckets.map(({ label, start }, index) => {
    const figures = sums.map((perKind) => perKind[index] ?? 0);
    const count = figures.reduce((total, each) => total + each, 0);
    if (source !== 'engagement') return { bucket: label, start, count };
    const [calls = 0, sms = 0] = figures;
    return { bucket: label, start, count, calls, sms };
  });
}

/** The local dates of the first and last bucket: the range's bounds, or where one is open the records' own. */
function spanOf(range: TimeRange, counts: readonly QuarterHourCount[], timeZone: string): { first: string; last: string } | null {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const { quarterHour } of counts) {
    earliest = Math.min(earliest, quarterHour * QUARTER_HOUR_MS);
    latest = Math.max(latest, quarterHour * QUARTER_HOUR_MS);
  }
  const from = range.from ?? earliest;
  // `to` is excluded: the last instant in the range is the one before it.
  const to = range.to !== null ? range.to - 1 : latest;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return null;
  return { first: localDate(from, timeZone), last: localDate(to, timeZone) };
}

/**
 * The counts summed per bucket. Buckets start at whole quarter hours (zones' offsets are), so a
 * quarter hour's bucket is the last one starting at or before it; one outside the buckets (not
 * possible in a zone of quarter-hour offsets) is counted in the nearest end bucket.
 */
function perBucket(buckets: readonly TrendBucketSpan[], end: number, counts: readonly QuarterHourCount[]): number[] {
  const sums = new Array<number>(buckets.length).fill(0);
  for (const { quarterHour, count } of counts) {
    const index = bucketAt(buckets, Math.min(quarterHour * QUARTER_HOUR_MS, end - 1));
    sums[index] = (sums[index] ?? 0) + count;
  }
  return sums;
}

/** The index of the last bucket starting at or before `instant` (0 for one before all), by binary search. */
function bucketAt(buckets: readonly TrendBucketSpan[], instant: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((buckets[middle]?.from ?? 0) <= instant) low = middle;
    else high = middle - 1;
  }
  return low;
}
