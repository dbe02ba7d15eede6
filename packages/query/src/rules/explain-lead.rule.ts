import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { explainLead } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface ExplainLeadQuery {
  readonly kind: 'explain-lead';
  readonly leadId: string;
  readonly period: PeriodSpec | null;
}

const COLUMNS = [textColumn('factor', 'Factor'), numberColumn('value', 'Value'), numberColumn('weight', 'Weight'), numberColumn('points', 'Points')];

export const explainLeadRule: CommandRule<ExplainLeadQuery> = {
  kind: 'explain-lead',
  pattern: /^explain lead (\S+)$/i,
  usage: 'explain lead <lead id>',
  example: 'explain lead L102',
  description: "a lead's score factor by factor: raw value (recency: days idle), weight and points, then the total",
  takesPeriod: true,
  suggestions(text) {
    // The id is the last of three or more words, whatever the first two were misspelled as.
    return [`explain lead ${/^\S+ \S+ (?:.* )?(\S+)$/.exec(text)?.[1] ?? 'L102'}`];
  },
  parse({ groups: [leadId = ''], period }) {
    return { kind: 'explain-lead', leadId, period };
  },
  format: (query) => `explain lead ${query.leadId}${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const now = (await context.now()) ?? undefined;
    const { lead, factors } = await explainLead(context.manager, query.leadId, { config: context.scoring, range, now });
    return {
      command: explainLeadRule.format(query),
      title: `Lead ${lead.leadId} (${lead.name}, ${lead.propertyId}): score ${lead.score}, ${lead.tier} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(
        factors,
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
