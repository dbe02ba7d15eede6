import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { leadFunnel } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
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
  // `for source X` is this rule's own until the language has filters for every ranking.
  pattern: /^show lead funnel(?: for source (.+))?$/i,
  usage: 'show lead funnel [for source <source>]',
  example: 'show lead funnel for source website in last 90 days',
  description: 'leads per status in the configured stage order, and the share that reached each stage or beyond; lost and other statuses below',
  takesPeriod: true,
  suggestions(text) {
    const source = /\bfor sources? (.+)$/i.exec(text)?.[1];
    return source === undefined ? ['show lead funnel'] : [`show lead funnel for source ${source}`];
  },
  parse({ text, groups: [source], period }) {
    return { kind: 'lead-funnel', source: source === undefined ? null : sourceOf(text, source), period };
  },
  format(query) {
    const source = query.source === null ? '' : ` for source ${query.source}`;
    return `show lead funnel${source}${formatPeriod(query.period)}`;
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

/** The source as written, a pair of double quotes around it taken off (`for source "walk in"`). */
function sourceOf(text: string, written: string): string {
  const source = written.trim().replace(/^"(.*)"$/, '$1').trim();
  if (source === '') throw new InvalidCommandError(text, 'source: needs a source, like website');
  return source;
}
