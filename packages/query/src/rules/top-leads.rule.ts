import type { PeriodSpec } from '@hcdm/core';
import { leadFigures, topLeads, type LeadMetric } from '@hcdm/analyses';
import type { QueryColumn } from '../query-result.types.js';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, textColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface TopLeadsQuery extends QuerySuffixes {
  readonly kind: 'top-leads';
  readonly metric: LeadMetric;
  readonly limit: number;
  readonly period: PeriodSpec | null;
}

const PHRASES: Record<LeadMetric, string> = {
  callCount: 'call volume',
  smsCount: 'sms volume',
  callSeconds: 'call duration',
  engagement: 'engagement',
};

const TITLES: Record<LeadMetric, string> = { ...PHRASES, smsCount: 'SMS volume' };

const CALL_COUNT = numberColumn('callCount', 'Call Count');
const SMS_COUNT = numberColumn('smsCount', 'SMS Count');
const METRIC_COLUMNS: Record<LeadMetric, QueryColumn[]> = {
  callCount: [CALL_COUNT],
  smsCount: [SMS_COUNT],
  callSeconds: [numberColumn('callSeconds', 'Call Seconds')],
  engagement: [CALL_COUNT, SMS_COUNT, numberColumn('engagement', 'Engagement')],
};

const LEAD_COLUMNS = [
  textColumn('leadId', 'Lead ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  textColumn('propertyId', 'Listing'),
];

export const topLeadsRule: CommandRule<TopLeadsQuery> = {
  kind: 'top-leads',
  pattern: /^show top (\S+) leads by (call volume|sms volume|call duration|engagement)$/i,
  usage: 'show top N leads by call volume|sms volume|call duration|engagement',
  example: 'show top 5 leads by call volume',
  description: 'leads ranked by the calls, SMS, call seconds or calls + SMS attributed to them',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions(text) {
    const limit = writtenLimit(text, 5);
    return Object.values(PHRASES).map((phrase) => `show top ${limit} leads by ${phrase}`);
  },
  parse({ text, groups: [limit = '', phrase = ''], period, ...match }) {
    return { kind: 'top-leads', metric: metricOf(phrase), limit: parseCount(text, limit, 'N'), period, ...suffixesOf(match) };
  },
  format(query) {
    return `show top ${query.limit} leads by ${PHRASES[query.metric]}${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const { metric, limit, filters: filter } = query;
    const rows = await topLeads(context.manager, { metric, limit, range, filter });
    const metricColumns = METRIC_COLUMNS[metric];
    const figures = metricColumns.map((column) => column.key as LeadMetric);
    const table = { rows, columns: [...LEAD_COLUMNS, ...metricColumns], keys: ['leadId', 'customerId', 'name', 'phone', 'propertyId', ...figures], figures, shown: [metric] };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = await leadFigures(context.manager, { leadIds: rows.map((row) => row.leadId), range: previous.range, filter });
      return (row) => before.get(row.leadId);
    });
    return {
      command: topLeadsRule.format(query),
      title: `Top ${limit} leads by ${TITLES[metric]}${compared.scope}`,
      shape: 'list',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};

function metricOf(phrase: string): LeadMetric {
  const lower = phrase.toLowerCase();
  const found = (Object.keys(PHRASES) as LeadMetric[]).find((metric) => PHRASES[metric] === lower);
  if (!found) throw new Error(`top leads: pattern and metrics disagree on "${phrase}"`);
  return found;
}
