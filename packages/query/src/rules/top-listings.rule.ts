import type { PeriodSpec } from '@hcdm/core';
import { listingFigures, topListings, type ListingMetric } from '@hcdm/analyses';
import type { QueryColumn, QueryResult } from '../query-result.types.js';
import type { RuleContext, CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, textColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface TopListingsQuery extends QuerySuffixes {
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
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions(text) {
    const limit = writtenLimit(text, DEFAULT_LISTING_LIMIT);
    return Object.values(LISTING_PHRASES).map((phrase) => `show top ${limit} listings by ${phrase}`);
  },
  parse({ text, groups: [limit = '', phrase = ''], period, ...match }) {
    return { kind: 'top-listings', metric: listingMetricOf(phrase), limit: parseCount(text, limit, 'N'), period, ...suffixesOf(match) };
  },
  format: formatTopListings,
  run: runTopListings,
};

/** Both wordings of the listing ranking are written `show top N listings by ...`. */
export function formatTopListings(query: TopListingsQuery): string {
  return `show top ${query.limit} listings by ${LISTING_PHRASES[query.metric]}${formatSuffixes(query)}`;
}

export async function runTopListings(query: TopListingsQuery, context: RuleContext): Promise<QueryResult> {
  const range = await resolveCommandRange(query.period, context);
  const { metric, limit, filters: filter } = query;
  const rows = await topListings(context.manager, { metric, limit, range, filter });
  const columns = [...LISTING_COLUMNS, ...METRIC_COLUMNS[metric], numberColumn('inquirers', 'Inquirers')];
  const figures = [...METRIC_COLUMNS[metric].map((column) => column.key as ListingMetric), 'inquirers' as const];
  const table = { rows, columns, keys: columns.map((column) => column.key), figures, shown: [metric] };
  const compared = await withComparison(query, context, range, table, async (previous) => {
    const propertyIds = rows.map((row) => row.propertyId);
    const before = await listingFigures(context.manager, { metric, propertyIds, range: previous.range, filter });
    return (row) => before.get(row.propertyId);
  });
  return {
    command: formatTopListings(query),
    title: `Top ${limit} listings by ${LISTING_TITLES[metric]}${compared.scope}`,
    shape: 'list',
    columns: compared.columns,
    rows: compared.rows,
  };
}

export function listingMetricOf(phrase: string): ListingMetric {
  const lower = phrase.toLowerCase();
  const found = (Object.keys(LISTING_PHRASES) as ListingMetric[]).find((metric) => LISTING_PHRASES[metric] === lower);
  if (!found) throw new Error(`top listings: pattern and metrics disagree on "${phrase}"`);
  return found;
}
