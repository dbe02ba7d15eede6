import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { agentSummary } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface AgentSummaryQuery {
  readonly kind: 'agent-summary';
  /** The agent's name as the data spells it (case aside): it may hold spaces. */
  readonly agent: string;
  readonly period: PeriodSpec | null;
}

const COLUMNS = [
  textColumn('agent', 'Agent'),
  numberColumn('calls', 'Calls'),
  numberColumn('inboundCalls', 'Inbound Calls'),
  numberColumn('outboundCalls', 'Outbound Calls'),
  numberColumn('answerRate', 'Answer Rate'),
  numberColumn('callSeconds', 'Talk Seconds'),
  numberColumn('sms', 'SMS'),
  numberColumn('missedCalls', 'Missed Calls'),
  numberColumn('unreturnedMissedCalls', 'Unreturned Missed Calls'),
  numberColumn('leads', 'Leads'),
  numberColumn('reachedLeads', 'Reached Leads'),
  numberColumn('neverReachedLeads', 'Never Reached Leads'),
  numberColumn('medianSpeedToLeadSeconds', 'Median Seconds to Lead'),
  numberColumn('p90SpeedToLeadSeconds', '90th Percentile Seconds to Lead'),
  numberColumn('customers', 'Customers'),
  textColumn('firstActivity', 'First Activity'),
  textColumn('lastActivity', 'Last Activity'),
];

export const agentSummaryRule: CommandRule<AgentSummaryQuery> = {
  kind: 'agent-summary',
  pattern: /^show agent summary(?: for)?(?: (.+))?$/i,
  usage: 'show agent summary for <agent>',
  example: 'show agent summary for Anita Desai',
  description:
    "one agent's calls (inbound, outbound, answer rate), talk time, SMS, missed and unreturned calls, owned leads and their speed to lead, customers, first and last activity",
  takesPeriod: true,
  suggestions(text) {
    // The typed name only when the text is about an agent, so a mistyped customer summary is not pulled here.
    const typed = /agent/i.test(text) ? /\bfor (.+)$/i.exec(text)?.[1] : undefined;
    return [`show agent summary for ${typed ?? '<agent>'}`];
  },
  parse({ text, groups: [agent], period }) {
    if (agent === undefined || agent.trim() === '') throw new InvalidCommandError(text, 'needs an agent, as "show agent summary for Anita Desai"');
    return { kind: 'agent-summary', agent: agent.trim(), period };
  },
  format: (query) => `show agent summary for ${query.agent}${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const row = await agentSummary(context.manager, { agent: query.agent, range, timeZone: context.settings.timeZone });
    return {
      command: agentSummaryRule.format({ ...query, agent: row.agent }),
      title: `Agent summary for ${row.agent} (${describePeriod(query.period)})`,
      shape: 'summary',
      columns: COLUMNS,
      rows: pickRows(
        [row],
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
