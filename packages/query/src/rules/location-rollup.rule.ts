import type { PeriodSpec } from '@hcdm/core';
import { locationRollup } from '@hcdm/analyses';
import type { ListingMetric } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { ROLLUP_COMPARED_KEYS, ROLLUP_FIGURE_KEYS, rollupFigureColumns } from './listing-rollup.columns.js';
import { resolveCommandRange } from './period.resolver.js';
import { textColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';
import { LISTING_PHRASE_PATTERN, LISTING_PHRASES, LISTING_TITLES, listingMetricOf } from './top-listings.rule.js';

export interface LocationRollupQuery extends QuerySuffixes {
  readonly kind: 'location-rollup';
  readonly metric: ListingMetric;
  readonly period: PeriodSpec | null;
}

const LOCATION = textColumn('location', 'Location');

export const locationRollupRule: CommandRule<LocationRollupQuery> = {
  kind: 'location-rollup',
  pattern: new RegExp(`^show locations by ${LISTING_PHRASE_PATTERN}$`, 'i'),
  usage: 'show locations by leads|call inquiries|sms inquiries|engagement',
  example: 'show locations by leads',
  description: 'listings rolled up by location: listings, leads, calls, SMS, engagement, distinct inquirers',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions() {
    return Object.values(LISTING_PHRASES).map((phrase) => `show locations by ${phrase}`);
  },
  parse({ groups: [phrase = ''], period, ...match }) {
    return { kind: 'location-rollup', metric: listingMetricOf(phrase), period, ...suffixesOf(match) };
  },
  format: (query) => `show locations by ${LISTING_PHRASES[query.metric]}${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const { metric, filters: filter } = query;
    const rows = await locationRollup(context.manager, { metric, range, filter });
    const columns = [LOCATION, ...rollupFigureColumns(metric)];
    const table = { rows, columns, keys: ['location', ...ROLLUP_FIGURE_KEYS], figures: ROLLUP_COMPARED_KEYS, shown: [metric] };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = new Map((await locationRollup(context.manager, { metric, range: previous.range, filter })).map((row) => [row.location, row]));
      return (row) => before.get(row.location);
    });
    return {
      command: locationRollupRule.format(query),
      title: `Locations by ${LISTING_TITLES[metric]}${compared.scope}`,
      shape: 'list',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
