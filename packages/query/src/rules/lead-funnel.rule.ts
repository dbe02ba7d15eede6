import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { leadFunnel } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface LeadFunnelQuery {
  readonly kind: 'lead-funnel';
  /** Only this source's leads (case-insensitive); null for all leads. */
  readonly source: string | null;
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
  // `for source X` is the language's filter (command-suffixes.grammar.ts), read before the rule matches.
  pattern: /^show lead funnel$/i,
  usage: 'show lead funnel [for source <source>]',
  example: 'show lead funnel for source website in last 90 days',
  description: 'leads per status in the configured stage order, and the share that reached each stage or beyond; lost and other statuses below',
  takesPeriod: true,
  filters: ['source'],
  suggestions(text) {
    const source = /\bfor sources? (.+)$/i.exec(text)?.[1];
    return source === undefined ? ['show lead funnel'] : [`show lead funnel for source ${source}`];
  },
  parse({ filters, period }) {
    return { kind: 'lead-funnel', source: filters.source ?? null, period };
  },
  format(query) {
    return `show lead funnel${formatSuffixes({ filters: query.source === null ? undefined : { source: query.source }, period: query.period })}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await leadFunnel(context.manager, { statuses: context.leadStatuses, range, source: query.source ?? undefined });
    const source = query.source === null ? '' : ` for source ${query.source}`;
    return {
      command: leadFunnelRule.format(query),
      title: `Lead funnel${source} (${describePeriod(query.period)})`,
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
