import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { unreachedLeads } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { pickRows, textColumn } from './query-result.builder.js';

export interface UnreachedLeadsQuery {
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
  suggestions: () => ['show unreached leads'],
  parse: ({ period }) => ({ kind: 'unreached-leads', period }),
  format: (query) => `show unreached leads${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await unreachedLeads(context.manager, { range, timeZone: context.settings.timeZone });
    return {
      command: unreachedLeadsRule.format(query),
      title: `Unreached leads (${describePeriod(query.period)})`,
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(rows, ['leadId', 'customerId', 'name', 'phone', 'propertyId', 'timestamp']),
    };
  },
};
