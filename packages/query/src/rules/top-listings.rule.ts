import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { topListings, type ListingMetric } from '@hcdm/analyses';
import type { QueryColumn, QueryResult } from '../query-result.types.js';
import type { RuleContext, CommandRule } from './rule.types.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface TopListingsQuery {
  readonly kind: 'top-listings';
  readonly metric: ListingMetric;
  readonly limit: number;
  readonly period: PeriodSpec | null;
}

/** How each metric is written in a command, in the order `help` and suggestions list them. */
export const LISTING_PHRASES: Record<ListingMetric, string> = {
  smsInquiries: 'sms inquiries',
  callInquiries: 'call inquiries',
  leads: 'leads',
  engagement: 'engagement',
};

export const LISTING_PHRASE_PATTERN = '(sms inquiries|call inquiries|leads|engagement)';

/** "show listings with most ..." lists this many. */
export const DEFAULT_LISTING_LIMIT = 10;

/** The metric as a title writes it (every listing ranking and roll-up). */
export const LISTING_TITLES: Record<ListingMetric, string> = { ...LISTING_PHRASES, smsInquiries: 'SMS inquiries' };

const CALLS = numberColumn('callInquiries', 'Call Inquiries');
const SMS = numberColumn('smsInquiries', 'SMS Inquiries');
const METRIC_COLUMNS: Record<ListingMetric, QueryColumn[]> = {
  smsInquiries: [SMS],
  callInquiries: [CALLS],
  leads: [numberColumn('leads', 'Leads')],
  engagement: [CALLS, SMS, numberColumn('engagement', 'Engagement')],
};

const LISTING_COLUMNS = [
  textColumn('propertyId', 'Property ID'),
  textColumn('title', 'Title'),
  textColumn('location', 'Location'),
  numberColumn('price', 'Price'),
];

export const topListingsRule: CommandRule<TopListingsQuery> = {
  kind: 'top-listings',
  pattern: new RegExp(`^show top (\\S+) listings by ${LISTING_PHRASE_PATTERN}$`, 'i'),
  usage: 'show top N listings by sms inquiries|call inquiries|leads|engagement',
  example: 'show top 3 listings by call inquiries',
  description: 'listings ranked by the SMS, calls, leads or calls + SMS attributed to them, with distinct inquirers',
  takesPeriod: true,
  suggestions(text) {
    const limit = writtenLimit(text, DEFAULT_LISTING_LIMIT);
    return Object.values(LISTING_PHRASES).map((phrase) => `show top ${limit} listings by ${phrase}`);
  },
  parse({ text, groups: [limit = '', phrase = ''], period }) {
    return { kind: 'top-listings', metric: listingMetricOf(phrase), limit: parseCount(text, limit, 'N'), period };
  },
  format: formatTopListings,
  run: runTopListings,
};

/** Both wordings of the listing ranking are written `show top N listings by ...`. */
export function formatTopListings(query: TopListingsQuery): string {
  return `show top ${query.limit} listings by ${LISTING_PHRASES[query.metric]}${formatPeriod(query.period)}`;
}

export async function runTopListings(query: TopListingsQuery, context: RuleContext): Promise<QueryResult> {
  const range = await resolveCommandRange(query.period, context);
  const rows = await topListings(context.manager, { metric: query.metric, limit: query.limit, range });
  const columns = [...LISTING_COLUMNS, ...METRIC_COLUMNS[query.metric], numberColumn('inquirers', 'Inquirers')];
  return {
    command: formatTopListings(query),
    title: `Top ${query.limit} listings by ${LISTING_TITLES[query.metric]} (${describePeriod(query.period)})`,
    shape: 'list',
    columns,
    rows: pickRows(
      rows,
      columns.map((column) => column.key),
    ),
  };
}

export function listingMetricOf(phrase: string): ListingMetric {
  const lower = phrase.toLowerCase();
  const found = (Object.keys(LISTING_PHRASES) as ListingMetric[]).find((metric) => LISTING_PHRASES[metric] === lower);
  if (!found) throw new Error(`top listings: pattern and metrics disagree on "${phrase}"`);
  return found;
}
