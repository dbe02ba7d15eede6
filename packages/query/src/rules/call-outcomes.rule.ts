import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { callOutcomes } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface CallOutcomesQuery {
  readonly kind: 'call-outcomes';
  readonly period: PeriodSpec | null;
}

const COLUMNS = [textColumn('direction', 'Direction'), textColumn('status', 'Status'), numberColumn('calls', 'Calls'), numberColumn('share', 'Share')];

export const callOutcomesRule: CommandRule<CallOutcomesQuery> = {
  kind: 'call-outcomes',
  pattern: /^show call outcomes?$/i,
  usage: 'show call outcomes',
  example: 'show call outcomes in last 30 days',
  description: "calls per direction and status (answered, missed, voicemail, busy, failed), each with its share of the direction's calls",
  takesPeriod: true,
  suggestions: () => ['show call outcomes'],
  parse: ({ period }) => ({ kind: 'call-outcomes', period }),
  format: (query) => `show call outcomes${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const rows = await callOutcomes(context.manager, { range });
    return {
      command: callOutcomesRule.format(query),
      title: `Call outcomes by direction (${describePeriod(query.period)})`,
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(
        rows,
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
