import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { leadFunnel } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';
import { describeFilters, RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

/** `filters`: only the leads of a source, on the listings of a location, owned by an agent (any case). */
export interface LeadFunnelQuery extends QuerySuffixes {
  readonly kind: 'lead-funnel';
  readonly period: PeriodSpec | null;
}

// Beside each bar (its length: reached), the share it is of all leads, then the leads at the status and what the row is.
const COLUMNS = [
  textColumn('status', 'Status'),
  numberColumn('reached', 'Reached'),
  numberColumn('share', 'Share'),
  numberColumn('leads', 'Leads'),
  textColumn('kind', 'Kind'),
];

export const leadFunnelRule: CommandRule<LeadFunnelQuery> = {
  kind: 'lead-funnel',
  // `for source X`, `for location L`, `for agent A` are the language's filters (command-suffixes.grammar.ts), read before the rule matches.
  pattern: /^show lead funnel$/i,
  usage: 'show lead funnel',
  example: 'show lead funnel for source website in last 90 days',
  description: 'leads per status in the configured stage order, and the share that reached each stage or beyond; lost and other statuses below',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  suggestions(text) {
    const source = /\bfor sources? (.+)$/i.exec(text)?.[1];
    return source === undefined ? ['show lead funnel'] : [`show lead funnel for source ${source}`];
  },
  parse({ period, ...match }) {
    return { kind: 'lead-funnel', period, ...suffixesOf(match) };
  },
  format(query) {
    return `show lead funnel${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await leadFunnel(context.manager, { statuses: context.leadStatuses, range, filter: query.filters });
    return {
      command: leadFunnelRule.format(query),
      title: `Lead funnel${describeFilters(query.filters)} (${describePeriod(query.period)})`,
      shape: 'bars',
      bars: { label: 'status', value: 'reached' },
      columns: COLUMNS,
      rows: pickRows(
        rows,
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
