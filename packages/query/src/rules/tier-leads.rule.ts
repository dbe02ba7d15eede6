import type { PeriodSpec } from '@hcdm/core';
import { scoreLeads } from '@hcdm/analyses';
import type { LeadTier, TierThresholds } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { leadScoreTable } from './lead-score.columns.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';
import { resolveCommandRange } from './period.resolver.js';

export interface TierLeadsQuery extends QuerySuffixes {
  readonly kind: 'tier-leads';
  readonly tier: LeadTier;
  readonly period: PeriodSpec | null;
}

export const tierLeadsRule: CommandRule<TierLeadsQuery> = {
  kind: 'tier-leads',
  pattern: /^show (hot|warm|cold) leads$/i,
  usage: 'show hot|warm|cold leads',
  example: 'show hot leads',
  description: 'every lead of that tier by score (hot: 70 or more, warm: 40 or more, cold: the rest, by default)',
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions: () => ['show hot leads', 'show warm leads', 'show cold leads'],
  parse({ groups: [tier = ''], period, ...match }) {
    return { kind: 'tier-leads', tier: tier.toLowerCase() as LeadTier, period, ...suffixesOf(match) };
  },
  format: (query) => `show ${query.tier} leads${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const now = (await context.now()) ?? undefined;
    const rows = await scoreLeads(context.manager, { config: context.scoring, range, now, tier: query.tier, filter: query.filters });
    const table = await leadScoreTable(query, context, range, rows);
    return {
      command: tierLeadsRule.format(query),
      title: `${tierTitle(query.tier, context.scoring.tiers)}${table.scope}`,
      shape: 'list',
      columns: table.columns,
      rows: table.rows,
    };
  },
};

/** `Hot leads, score 70 or more`: the thresholds in force, since they are configurable. */
function tierTitle(tier: LeadTier, tiers: TierThresholds): string {
  if (tier === 'hot') return `Hot leads, score ${tiers.hot} or more`;
  if (tier === 'warm') return `Warm leads, score ${tiers.warm} to under ${tiers.hot}`;
  return `Cold leads, score under ${tiers.warm}`;
}
