import { activityHeatmapRule } from './activity-heatmap.rule.js';
import { customerProfileRule } from './customer-profile.rule.js';
import { customerSummaryRule } from './customer-summary.rule.js';
import { duplicateCustomersRule } from './duplicate-customers.rule.js';
import { trackingNumbersRule } from './tracking-numbers.rule.js';
import { explainLeadRule } from './explain-lead.rule.js';
import { makeHelpRule, type CommandUsage } from './help.rule.js';
import { leadScoreRule } from './lead-score.rule.js';
import { listingsWithMostRule } from './listings-with-most.rule.js';
import { PERIOD_FORMS } from './period.parser.js';
import type { AnyCommandRule, Query } from '../query.types.js';
import { tierLeadsRule } from './tier-leads.rule.js';
import { topLeadsRule } from './top-leads.rule.js';
import { topListingsRule } from './top-listings.rule.js';
import { callerNoveltyRule } from './caller-novelty.rule.js';
import { listingSummaryRule } from './listing-summary.rule.js';
import { locationRollupRule } from './location-rollup.rule.js';
import { missedCallsRule } from './missed-calls.rule.js';
import { priceBandRollupRule } from './price-band-rollup.rule.js';
import { speedToLeadRule } from './speed-to-lead.rule.js';
import { unreachedLeadsRule } from './unreached-leads.rule.js';
import { unreturnedMissedCallsRule } from './unreturned-missed-calls.rule.js';
import { trendRule } from './trend.rule.js';
import { leadSourcesRule } from './lead-sources.rule.js';
import { leadFunnelRule } from './lead-funnel.rule.js';
import { callOutcomesRule } from './call-outcomes.rule.js';
import { agentRankingRule } from './agent-ranking.rule.js';
import { agentSummaryRule } from './agent-summary.rule.js';
import { SUFFIX_FORMS } from './command-suffixes.forms.js';

/** Every form of the command language, in the order `help` lists them. */
export const RULES: readonly AnyCommandRule[] = [
  topLeadsRule,
  leadScoreRule,
  tierLeadsRule,
  explainLeadRule,
  topListingsRule,
  listingsWithMostRule,
  customerSummaryRule,
  customerProfileRule,
  duplicateCustomersRule,
  listingSummaryRule,
  locationRollupRule,
  priceBandRollupRule,
  trackingNumbersRule,
  missedCallsRule,
  unreturnedMissedCallsRule,
  callerNoveltyRule,
  speedToLeadRule,
  unreachedLeadsRule,
  activityHeatmapRule,
  trendRule,
  leadSourcesRule,
  leadFunnelRule,
  callOutcomesRule,
  agentRankingRule,
  agentSummaryRule,
  makeHelpRule(listCommands),
];

/** Every form with one example each: the commands, then the periods any of them may end with, then filters and the comparison. */
export function listCommands(): CommandUsage[] {
  const commands = RULES.map(({ usage, example, description }) => ({ command: usage, example, description }));
  const periods = PERIOD_FORMS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  const suffixes = SUFFIX_FORMS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  return [...commands, ...periods, ...suffixes];
}

/** The rule that runs and formats queries of `kind`: the first listed (the canonical form). */
export function ruleOf(kind: Query['kind']): AnyCommandRule {
  const rule = RULES.find((candidate) => candidate.kind === kind);
  if (!rule) throw new Error(`no rule runs queries of kind ${kind}`);
  return rule;
}
