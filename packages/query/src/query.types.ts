import type { ActivityHeatmapQuery } from './rules/activity-heatmap.rule.js';
import type { CommandRule } from './rules/rule.types.js';
import type { CustomerProfileQuery } from './rules/customer-profile.rule.js';
import type { CustomerSummaryQuery } from './rules/customer-summary.rule.js';
import type { DuplicateCustomersQuery } from './rules/duplicate-customers.rule.js';
import type { TrackingNumbersQuery } from './rules/tracking-numbers.rule.js';
import type { ExplainLeadQuery } from './rules/explain-lead.rule.js';
import type { HelpQuery } from './rules/help.rule.js';
import type { LeadScoreQuery } from './rules/lead-score.rule.js';
import type { TierLeadsQuery } from './rules/tier-leads.rule.js';
import type { TopLeadsQuery } from './rules/top-leads.rule.js';
import type { TopListingsQuery } from './rules/top-listings.rule.js';
import type { CallerNoveltyQuery } from './rules/caller-novelty.rule.js';
import type { ListingSummaryQuery } from './rules/listing-summary.rule.js';
import type { LocationRollupQuery } from './rules/location-rollup.rule.js';
import type { MissedCallsQuery } from './rules/missed-calls.rule.js';
import type { PriceBandRollupQuery } from './rules/price-band-rollup.rule.js';
import type { SpeedToLeadQuery } from './rules/speed-to-lead.rule.js';
import type { UnreachedLeadsQuery } from './rules/unreached-leads.rule.js';
import type { TrendQuery } from './rules/trend.rule.js';
import type { LeadSourcesQuery } from './rules/lead-sources.rule.js';
import type { LeadFunnelQuery } from './rules/lead-funnel.rule.js';
import type { CallOutcomesQuery } from './rules/call-outcomes.rule.js';
import type { AgentRankingQuery } from './rules/agent-ranking.rule.js';
import type { AgentSummaryQuery } from './rules/agent-summary.rule.js';

/** A parsed command: what `parseCommand` returns and `runQuery` runs. */
export type Query =
  | TopLeadsQuery
  | TopListingsQuery
  | CustomerSummaryQuery
  | HelpQuery
  | LeadScoreQuery
  | TierLeadsQuery
  | ExplainLeadQuery
  | ListingSummaryQuery
  | LocationRollupQuery
  | PriceBandRollupQuery
  | MissedCallsQuery
  | CallerNoveltyQuery
  | SpeedToLeadQuery
  | UnreachedLeadsQuery
  | ActivityHeatmapQuery
  | CustomerProfileQuery
  | DuplicateCustomersQuery
  | TrackingNumbersQuery
  | TrendQuery
  | LeadSourcesQuery
  | LeadFunnelQuery
  | CallOutcomesQuery
  | AgentRankingQuery
  | AgentSummaryQuery;

export type QueryKind = Query['kind'];

export type AnyCommandRule = CommandRule<Query>;
