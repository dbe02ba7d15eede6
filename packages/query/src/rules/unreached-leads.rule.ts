import type { PeriodSpec } from '@hcdm/core';
import { unreachedLeads } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { describeScope } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { pickRows, textColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface UnreachedLeadsQuery extends QuerySuffixes {
  readonly kind: 'unreached-leads';
  readonly period: PeriodSpec | null;
}

const COLUMNS = [
  textColumn('leadId', 'Lead ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  textColumn('propertyId', 'Listing'),
  textColumn('timestamp', 'Lead Time'),
];

export const unreachedLeadsRule: CommandRule<UnreachedLeadsQuery> = {
  kind: 'unreached-leads',
  pattern: /^show unreached leads$/i,
  usage: 'show unreached leads',
  example: 'show unreached leads in last 30 days',
  description: 'leads never followed by an outbound call or SMS to their customer, oldest first',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  suggestions: () => ['show unreached leads'],
  parse: ({ period, ...match }) => ({ kind: 'unreached-leads', period, ...suffixesOf(match) }),
  format: (query) => `show unreached leads${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await unreachedLeads(context.manager, { range, timeZone: context.settings.timeZone, filter: query.filters });
    return {
      command: unreachedLeadsRule.format(query),
      title: `Unreached leads${describeScope(query, null)}`,
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(rows, ['leadId', 'customerId', 'name', 'phone', 'propertyId', 'timestamp']),
    };
  },
};
