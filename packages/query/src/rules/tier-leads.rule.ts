import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { scoreLeads } from '@hcdm/analyses';
import type { LeadTier, TierThresholds } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { LEAD_SCORE_COLUMNS, leadScoreRows } from './lead-score.columns.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';

export interface TierLeadsQuery {
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
  suggestions: () => ['show hot leads', 'show warm leads', 'show cold leads'],
  parse({ groups: [tier = ''], period }) {
    return { kind: 'tier-leads', tier: tier.toLowerCase() as LeadTier, period };
  },
  format: (query) => `show ${query.tier} leads${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const now = (await context.now()) ?? undefined;
    const rows = await scoreLeads(context.manager, { config: context.scoring, range, now, tier: query.tier });
    return {
      command: tierLeadsRule.format(query),
      title: `${tierTitle(query.tier, context.scoring.tiers)} (${describePeriod(query.period)})`,
      shape: 'list',
      columns: LEAD_SCORE_COLUMNS,
      rows: leadScoreRows(rows),
    };
  },
};

/** `Hot leads, score 70 or more`: the thresholds in force, since they are configurable. */
function tierTitle(tier: LeadTier, tiers: TierThresholds): string {
  if (tier === 'hot') return `Hot leads, score ${tiers.hot} or more`;
  if (tier === 'warm') return `Warm leads, score ${tiers.warm} to under ${tiers.hot}`;
  return `Cold leads, score under ${tiers.warm}`;
}
