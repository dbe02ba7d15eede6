import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { leadSources, type SourceMetric } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';
import { describeFilters, RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface LeadSourcesQuery extends QuerySuffixes {
  readonly kind: 'lead-sources';
  readonly metric: SourceMetric;
  /** `show top N sources by ...`; null lists every source. */
  readonly limit: number | null;
  readonly period: PeriodSpec | null;
}

/** How each metric is written in a command, in the order `help` and suggestions list them. */
const SOURCE_PHRASES: Record<SourceMetric, string> = {
  leads: 'leads',
  engagement: 'engagement',
  speedToLead: 'speed to lead',
  conversion: 'conversion',
};

const COLUMNS = [
  textColumn('source', 'Source'),
  numberColumn('leads', 'Leads'),
  numberColumn('calls', 'Calls'),
  numberColumn('sms', 'SMS'),
  numberColumn('engagement', 'Engagement'),
  numberColumn('medianSeconds', 'Median Seconds to Lead'),
  numberColumn('reachedShare', 'Share Reached'),
  numberColumn('won', 'Won'),
  numberColumn('conversion', 'Conversion'),
];

export const leadSourcesRule: CommandRule<LeadSourcesQuery> = {
  kind: 'lead-sources',
  pattern: /^show (?:top (\S+) )?sources by (leads|engagement|speed to leads?|conversion)$/i,
  usage: 'show [top N] sources by leads|engagement|speed to lead|conversion',
  example: 'show sources by conversion in last 90 days',
  description:
    "per lead source: leads, calls and SMS attributed to its leads, median speed to lead (fastest first) and share reached, won leads and conversion",
  takesPeriod: true,
  // `for source X` keeps that source's row alone (README "Filters"): accepted, so every ranking takes the three.
  filters: RANKING_FILTERS,
  suggestions(text) {
    const top = /\btop\b/i.test(text) ? `top ${writtenLimit(text, 5)} ` : '';
    return Object.values(SOURCE_PHRASES).map((phrase) => `show ${top}sources by ${phrase}`);
  },
  parse({ text, groups: [limit, phrase = ''], period, ...match }) {
    const count = limit === undefined ? null : parseCount(text, limit, 'N');
    return { kind: 'lead-sources', metric: sourceMetricOf(phrase), limit: count, period, ...suffixesOf(match) };
  },
  format(query) {
    const top = query.limit === null ? '' : `top ${query.limit} `;
    return `show ${top}sources by ${SOURCE_PHRASES[query.metric]}${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const { metric, filters: filter } = query;
    const rows = await leadSources(context.manager, { metric, statuses: context.leadStatuses, range, limit: query.limit ?? undefined, filter });
    const top = query.limit === null ? 'Sources' : `Top ${query.limit} sources`;
    return {
      command: leadSourcesRule.format(query),
      title: `${top} by ${SOURCE_PHRASES[metric]}${describeFilters(filter)} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(
        rows,
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};

function sourceMetricOf(phrase: string): SourceMetric {
  const lower = phrase.toLowerCase().replace(/^speed to leads$/, 'speed to lead');
  const found = (Object.keys(SOURCE_PHRASES) as SourceMetric[]).find((metric) => SOURCE_PHRASES[metric] === lower);
  if (!found) throw new Error(`lead sources: pattern and metrics disagree on "${phrase}"`);
  return found;
}
