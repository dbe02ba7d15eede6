import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { agentRanking, type AgentMetric } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';
import { describeFilters, RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface AgentRankingQuery extends QuerySuffixes {
  readonly kind: 'agent-ranking';
  readonly metric: AgentMetric;
  /** The top N; null for every agent. */
  readonly limit: number | null;
  readonly period: PeriodSpec | null;
}

const PHRASES: Record<AgentMetric, string> = {
  calls: 'calls',
  callSeconds: 'talk time',
  missedCalls: 'missed',
  unreturnedMissedCalls: 'unreturned',
  medianSpeedToLeadSeconds: 'speed to lead',
  leads: 'leads',
};

/** Every figure of the row, whatever the ranking: an agent's line reads the same in every ranking. */
export const AGENT_COLUMNS = [
  textColumn('agent', 'Agent'),
  numberColumn('calls', 'Calls'),
  numberColumn('callSeconds', 'Talk Seconds'),
  numberColumn('sms', 'SMS'),
  numberColumn('missedCalls', 'Missed Calls'),
  numberColumn('unreturnedMissedCalls', 'Unreturned Missed'),
  numberColumn('medianSpeedToLeadSeconds', 'Median Seconds to Lead'),
  numberColumn('leads', 'Leads'),
];

export const agentRankingRule: CommandRule<AgentRankingQuery> = {
  kind: 'agent-ranking',
  pattern: /^show (?:top (\S+) )?agents(?: by (calls|talk time|missed|unreturned|speed to lead|leads))?$/i,
  usage: 'show [top N] agents by calls|talk time|missed|unreturned|speed to lead|leads',
  example: 'show agents by talk time in last 30 days',
  description:
    'per agent: calls handled, talk time, SMS, missed and unreturned calls, median speed to lead of the leads they own, leads owned; the most first (speed to lead: the fastest)',
  takesPeriod: true,
  // `for agent A` keeps that agent's own records and leads, so their row alone (README "Filters").
  filters: RANKING_FILTERS,
  suggestions(text) {
    // "top N" only when the text is about agents, so a mistyped "show top 5 leads by calls" is not pulled here.
    const top = /agent/i.test(text) && /\btop\b/i.test(text) ? `top ${writtenLimit(text, 5)} ` : '';
    return Object.values(PHRASES).map((phrase) => `show ${top}agents by ${phrase}`);
  },
  parse({ text, groups: [limit, phrase = 'calls'], period, ...match }) {
    const count = limit === undefined ? null : parseCount(text, limit, 'N');
    return { kind: 'agent-ranking', metric: metricOf(phrase), limit: count, period, ...suffixesOf(match) };
  },
  format(query) {
    const top = query.limit === null ? '' : `top ${query.limit} `;
    return `show ${top}agents by ${PHRASES[query.metric]}${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const { metric, filters: filter } = query;
    const rows = await agentRanking(context.manager, { metric, limit: query.limit ?? undefined, range, filter });
    const which = query.limit === null ? 'Agents' : `Top ${query.limit} agents`;
    return {
      command: agentRankingRule.format(query),
      title: `${which} by ${PHRASES[metric]}${describeFilters(filter)} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: AGENT_COLUMNS,
      rows: pickRows(
        rows,
        AGENT_COLUMNS.map((column) => column.key),
      ),
    };
  },
};

function metricOf(phrase: string): AgentMetric {
  const lower = phrase.toLowerCase();
  const found = (Object.keys(PHRASES) as AgentMetric[]).find((metric) => PHRASES[metric] === lower);
  if (!found) throw new Error(`agents: pattern and metrics disagree on "${phrase}"`);
  return found;
}
