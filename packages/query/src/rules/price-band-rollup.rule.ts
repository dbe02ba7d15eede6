import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { priceBandRollup } from '@hcdm/analyses';
import type { ListingMetric } from '@hcdm/analyses';
import { formatPrice, parseBandEdges } from './band-edges.parser.js';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { ROLLUP_COMPARED_KEYS, ROLLUP_FIGURE_KEYS, rollupFigureColumns } from './listing-rollup.columns.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn } from './query-result.builder.js';
import { describeFilters, RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';
import { LISTING_PHRASE_PATTERN, LISTING_PHRASES, LISTING_TITLES, listingMetricOf } from './top-listings.rule.js';

export interface PriceBandRollupQuery extends QuerySuffixes {
  readonly kind: 'price-band-rollup';
  readonly metric: ListingMetric;
  /** Explicit band edges; null for the quartiles of the listing prices. */
  readonly edges: readonly number[] | null;
  readonly period: PeriodSpec | null;
}

// The table shows the edges as numbers (a label such as "over 9700000 to 19500000" would be cut
// at 80 columns); JSON and CSV rows also carry the label.
const EDGE_COLUMNS = [numberColumn('bandFrom', 'Above'), numberColumn('bandTo', 'Up To')];
const KEYS = ['band', 'bandFrom', 'bandTo', ...ROLLUP_FIGURE_KEYS];

export const priceBandRollupRule: CommandRule<PriceBandRollupQuery> = {
  kind: 'price-band-rollup',
  pattern: new RegExp(`^show price bands by ${LISTING_PHRASE_PATTERN}( with bands(?: (.*))?)?$`, 'i'),
  usage: 'show price bands by leads|call inquiries|sms inquiries|engagement [with bands P1,P2,...]',
  example: 'show price bands by leads with bands 5000000,10000000,20000000',
  description: 'listings rolled up by price band: quartiles of listing prices (nearest rank), or the edges given',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions(text) {
    const bands = /( with bands .*)$/i.exec(text)?.[1] ?? '';
    return Object.values(LISTING_PHRASES).map((phrase) => `show price bands by ${phrase}${bands}`);
  },
  parse({ text, groups: [phrase = '', withBands, bands = ''], period, ...match }) {
    const edges = withBands === undefined ? null : parseBandEdges(text, bands);
    return { kind: 'price-band-rollup', metric: listingMetricOf(phrase), edges, period, ...suffixesOf(match) };
  },
  format(query) {
    const bands = query.edges ? ` with bands ${query.edges.map(formatPrice).join(',')}` : '';
    return `show price bands by ${LISTING_PHRASES[query.metric]}${bands}${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const { metric, filters: filter } = query;
    const edges = query.edges ?? undefined;
    const rows = await priceBandRollup(context.manager, { metric, range, edges, filter });
    const columns = [...EDGE_COLUMNS, ...rollupFigureColumns(metric)];
    const table = { rows, columns, keys: KEYS, figures: ROLLUP_COMPARED_KEYS, shown: [metric] };
    // The bands are drawn from the listings' prices, not the period, so both periods have the same bands.
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = new Map((await priceBandRollup(context.manager, { metric, range: previous.range, edges, filter })).map((row) => [row.band, row]));
      return (row) => before.get(row.band);
    });
    const basis = query.edges ? `bands at ${query.edges.join(', ')}` : 'quartiles of listing prices';
    const period = compared.versus === null ? describePeriod(query.period) : `${describePeriod(query.period)} vs ${compared.versus}`;
    return {
      command: priceBandRollupRule.format(query),
      title: `Price bands by ${LISTING_TITLES[metric]}${describeFilters(query.filters)} (${basis}; ${period})`,
      shape: 'list',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
