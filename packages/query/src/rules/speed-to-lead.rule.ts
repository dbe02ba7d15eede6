import type { PeriodSpec } from '@hcdm/core';
import { speedToLead } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface SpeedToLeadQuery extends QuerySuffixes {
  readonly kind: 'speed-to-lead';
  readonly period: PeriodSpec | null;
}

const COLUMNS = [
  numberColumn('leads', 'Leads'),
  numberColumn('reached', 'Reached'),
  numberColumn('neverReached', 'Never Reached'),
  numberColumn('medianSeconds', 'Median Seconds'),
  numberColumn('p90Seconds', '90th Percentile Seconds'),
  numberColumn('within5m', 'Within 5 Minutes'),
  numberColumn('within1h', 'Within 1 Hour'),
  numberColumn('within24h', 'Within 24 Hours'),
];

export const speedToLeadRule: CommandRule<SpeedToLeadQuery> = {
  kind: 'speed-to-lead',
  pattern: /^show speed to leads?$/i,
  usage: 'show speed to lead',
  example: 'show speed to lead in last 30 days',
  description:
    'time from each lead to the first outbound call or SMS: median, 90th percentile, shares of all leads within 5 min, 1 h, 24 h',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions: () => ['show speed to lead'],
  parse: ({ period, ...match }) => ({ kind: 'speed-to-lead', period, ...suffixesOf(match) }),
  format: (query) => `show speed to lead${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const filter = query.filters;
    const row = await speedToLead(context.manager, { range, filter });
    const keys = COLUMNS.map((column) => column.key as keyof typeof row);
    const table = { rows: [row], columns: COLUMNS, keys, figures: keys };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = await speedToLead(context.manager, { range: previous.range, filter });
      return () => before;
    });
    return {
      command: speedToLeadRule.format(query),
      title: `Speed to lead${compared.scope}`,
      shape: 'summary',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
