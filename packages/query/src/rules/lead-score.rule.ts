import type { PeriodSpec } from '@hcdm/core';
import { distance } from 'fastest-levenshtein';
import { scoreLeads } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { parseCount, writtenLimit } from './count.parser.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { leadScoreTable } from './lead-score.columns.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';
import { resolveCommandRange } from './period.resolver.js';

export interface LeadScoreQuery extends QuerySuffixes {
  readonly kind: 'lead-score';
  readonly limit: number;
  readonly period: PeriodSpec | null;
}

export const leadScoreRule: CommandRule<LeadScoreQuery> = {
  kind: 'lead-score',
  pattern: /^show top (\S+) leads by score$/i,
  usage: 'show top N leads by score',
  example: 'show top 5 leads by score',
  description: 'leads ranked by their 0-100 score from attributed calls, SMS, talk time and recency, with tier',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions(text) {
    // Offered only when the word after "by" looks like "score": plain edit distance would
    // otherwise prefer this short form to "call volume" for "by calls".
    const metric = /\bby (\S+)/i.exec(text)?.[1];
    if (metric !== undefined && distance(metric.toLowerCase(), 'score') > 2) return [];
    return [`show top ${writtenLimit(text, 5)} leads by score`];
  },
  parse({ text, groups: [limit = ''], period, ...match }) {
    return { kind: 'lead-score', limit: parseCount(text, limit, 'N'), period, ...suffixesOf(match) };
  },
  format: (query) => `show top ${query.limit} leads by score${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const now = (await context.now()) ?? undefined;
    const rows = await scoreLeads(context.manager, { config: context.scoring, range, now, limit: query.limit, filter: query.filters });
    const table = await leadScoreTable(query, context, range, rows);
    return {
      command: leadScoreRule.format(query),
      title: `Top ${query.limit} leads by score${table.scope}`,
      shape: 'list',
      columns: table.columns,
      rows: table.rows,
    };
  },
};
