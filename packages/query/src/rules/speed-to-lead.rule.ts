import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { speedToLead } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows } from './query-result.builder.js';

export interface SpeedToLeadQuery {
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
  suggestions: () => ['show speed to lead'],
  parse: ({ period }) => ({ kind: 'speed-to-lead', period }),
  format: (query) => `show speed to lead${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const row = await speedToLead(context.manager, { range });
    return {
      command: speedToLeadRule.format(query),
      title: `Speed to lead (${describePeriod(query.period)})`,
      shape: 'summary',
      columns: COLUMNS,
      rows: pickRows(
        [row],
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
