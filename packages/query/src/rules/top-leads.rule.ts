import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { topLeads, type LeadMetric } from '@hcdm/analyses';
import type { QueryColumn } from '../query-result.types.js';
import type { CommandRule } from './rule.types.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface TopLeadsQuery {
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
  suggestions(text) {
    const limit = writtenLimit(text, 5);
    return Object.values(PHRASES).map((phrase) => `show top ${limit} leads by ${phrase}`);
  },
  parse({ text, groups: [limit = '', phrase = ''], period }) {
    return { kind: 'top-leads', metric: metricOf(phrase), limit: parseCount(text, limit, 'N'), period };
  },
  format(query) {
    return `show top ${query.limit} leads by ${PHRASES[query.metric]}${formatPeriod(query.period)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await topLeads(context.manager, { metric: query.metric, limit: query.limit, range });
    const metricColumns = METRIC_COLUMNS[query.metric];
    const keys = ['leadId', 'customerId', 'name', 'phone', 'propertyId', ...metricColumns.map((c) => c.key)];
    return {
      command: topLeadsRule.format(query),
      title: `Top ${query.limit} leads by ${TITLES[query.metric]} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: [...LEAD_COLUMNS, ...metricColumns],
      rows: pickRows(rows, keys),
    };
  },
};

function metricOf(phrase: string): LeadMetric {
  const lower = phrase.toLowerCase();
  const found = (Object.keys(PHRASES) as LeadMetric[]).find((metric) => PHRASES[metric] === lower);
  if (!found) throw new Error(`top leads: pattern and metrics disagree on "${phrase}"`);
  return found;
}
