import { describePeriod, InvalidValueError, type PeriodSpec } from '@hcdm/core';
import { activityTrend, TREND_BUCKETS, TREND_SOURCES, type TrendBucket, type TrendSource } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { QueryColumn } from '../query-result.types.js';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface TrendQuery {
  readonly kind: 'trend';
  readonly source: TrendSource;
  readonly bucket: TrendBucket;
  readonly period: PeriodSpec | null;
}

/** A source is written in the command as its own name (`calls`, `sms`, `leads`, `engagement`); its title heads the chart. */
const TITLES: Record<TrendSource, string> = { calls: 'Calls', sms: 'SMS', leads: 'Leads', engagement: 'Engagement' };
const BUCKET_HEADERS: Record<TrendBucket, string> = { day: 'Day', week: 'Week', month: 'Month' };

/**
 * The bucket, the count the bar is drawn for, for engagement the calls and SMS it adds up, then
 * (by week) the Monday it starts. The rows always carry `start`: a day's is itself and a month's
 * its 1st, so only a week's is worth a column.
 */
function columnsOf(query: TrendQuery): QueryColumn[] {
  const columns = [textColumn('bucket', BUCKET_HEADERS[query.bucket]), numberColumn('count', TITLES[query.source])];
  if (query.source === 'engagement') columns.push(numberColumn('calls', 'Calls'), numberColumn('sms', 'SMS'));
  if (query.bucket === 'week') columns.push(textColumn('start', 'Starts'));
  return columns;
}

export const trendRule: CommandRule<TrendQuery> = {
  kind: 'trend',
  pattern: /^show (calls?|sms|leads?|engagement) (?:by|per) (day|week|month)$/i,
  usage: 'show calls|sms|leads|engagement by day|week|month',
  example: 'show calls by week from 2026-01-01 to 2026-03-31',
  description: 'counts per day, ISO week or month in the configured time zone, every bucket of the period (empty ones 0), as a bar chart',
  takesPeriod: true,
  suggestions: () => TREND_SOURCES.flatMap((source) => TREND_BUCKETS.map((bucket) => `show ${source} by ${bucket}`)),
  parse({ groups: [source = '', bucket = ''], period }) {
    const word = source.toLowerCase();
    const trendSource: TrendSource = word.startsWith('call') ? 'calls' : word.startsWith('lead') ? 'leads' : (word as TrendSource);
    return { kind: 'trend', source: trendSource, bucket: bucket.toLowerCase() as TrendBucket, period };
  },
  format(query) {
    return `show ${query.source} by ${query.bucket}${formatPeriod(query.period)}`;
  },
  async run(query, context) {
    const command = trendRule.format(query);
    const { timeZone } = context.settings;
    const range = await resolveCommandRange(query.period, context);
    const rows = await activityTrend(context.manager, { source: query.source, bucket: query.bucket, timeZone, range }).catch((error: unknown) => {
      // Too many buckets is the command's fault (its bucket, its period): said as such.
      throw error instanceof InvalidValueError && error.field === 'by' ? new InvalidCommandError(command, error.reason) : error;
    });
    const columns = columnsOf(query);
    const keys = ['bucket', 'start', 'count', ...(query.source === 'engagement' ? ['calls', 'sms'] : [])];
    return {
      command,
      title: `${TITLES[query.source]} by ${query.bucket} in ${timeZone} (${describePeriod(query.period)})`,
      shape: 'bars',
      bars: { label: 'bucket', value: 'count' },
      columns,
      rows: pickRows(rows, keys),
    };
  },
};
