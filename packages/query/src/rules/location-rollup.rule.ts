import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { locationRollup } from '@hcdm/analyses';
import type { ListingMetric } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { ROLLUP_FIGURE_KEYS, rollupFigureColumns } from './listing-rollup.columns.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { pickRows, textColumn } from './query-result.builder.js';
import { LISTING_PHRASE_PATTERN, LISTING_PHRASES, LISTING_TITLES, listingMetricOf } from './top-listings.rule.js';

export interface LocationRollupQuery {
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
  suggestions() {
    return Object.values(LISTING_PHRASES).map((phrase) => `show locations by ${phrase}`);
  },
  parse({ groups: [phrase = ''], period }) {
    return { kind: 'location-rollup', metric: listingMetricOf(phrase), period };
  },
  format: (query) => `show locations by ${LISTING_PHRASES[query.metric]}${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await locationRollup(context.manager, { metric: query.metric, range });
    return {
      command: locationRollupRule.format(query),
      title: `Locations by ${LISTING_TITLES[query.metric]} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: [LOCATION, ...rollupFigureColumns(query.metric)],
      rows: pickRows(rows, ['location', ...ROLLUP_FIGURE_KEYS]),
    };
  },
};
