import type { PeriodSpec } from '@hcdm/core';
import { callerNovelty } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn } from './query-result.builder.js';
import { suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface CallerNoveltyQuery extends QuerySuffixes {
  readonly kind: 'caller-novelty';
  readonly period: PeriodSpec;
}

const COLUMNS = [
  numberColumn('newCallers', 'New Callers'),
  numberColumn('repeatCallers', 'Repeat Callers'),
  numberColumn('newCalls', 'Calls by New'),
  numberColumn('repeatCalls', 'Calls by Repeat'),
];

export const callerNoveltyRule: CommandRule<CallerNoveltyQuery> = {
  kind: 'caller-novelty',
  pattern: /^show new (?:vs\.?|versus) repeat callers$/i,
  usage: 'show new vs repeat callers <period>',
  example: 'show new vs repeat callers from 2026-03-01 to 2026-03-31',
  description: 'inbound callers whose first inbound call ever is in the period (new) or before it (repeat), and their calls',
  takesPeriod: true,
  takesComparison: true,
  suggestions: () => ['show new vs repeat callers'],
  parse({ text, period, ...match }) {
    // Over all time every caller is new, so the question needs a period.
    if (!period) throw new InvalidCommandError(text, 'needs a period: add "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"');
    return { kind: 'caller-novelty', period, ...suffixesOf(match) };
  },
  format: (query) => `show new vs repeat callers${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const row = await callerNovelty(context.manager, { range });
    const keys = COLUMNS.map((column) => column.key as keyof typeof row);
    const table = { rows: [row], columns: COLUMNS, keys, figures: keys };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = await callerNovelty(context.manager, { range: previous.range });
      return () => before;
    });
    return {
      command: callerNoveltyRule.format(query),
      title: `New vs repeat callers${compared.scope}`,
      shape: 'summary',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
