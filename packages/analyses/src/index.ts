// Lead and listing rankings.
export { topLeads, type LeadMetric, type TopLeadRow, type TopLeadsOptions } from './top-leads.analysis.js';
export {
  topListings,
  listingFigures,
  type ListingFigures,
  type ListingFiguresOptions,
  type ListingMetric,
  type TopListingRow,
  type TopListingsOptions,
} from './top-listings.analysis.js';

// One customer, one listing.
export { customerSummary, type CustomerSummaryOptions, type CustomerSummaryRow } from './customer-summary.analysis.js';
export { customerProfile, type CustomerProfile, type CustomerProfileOptions } from './customer-profile.analysis.js';
export {
  customerTimeline,
  DEFAULT_TIMELINE_LIMIT,
  type CustomerTimelineOptions,
  type TimelineEvent,
  type TimelineEventType,
} from './customer-timeline.analysis.js';
export { listingSummary, type ListingSummaryOptions, type ListingSummaryRow } from './listing-summary.analysis.js';

// Listings rolled up by location and by price band.
export { locationRollup, type ListingRollupFigures, type LocationRollupRow, type RollupOptions } from './listing-rollup.analysis.js';
export { priceBandRollup, type PriceBandRollupOptions, type PriceBandRow } from './price-bands.analysis.js';

// Telecom insights and the follow-up of leads.
export { missedCalls, type MissedCallRow, type MissedCallsAnalysisOptions } from './missed-calls.analysis.js';
export { callerNovelty, type CallerNoveltyOptions, type CallerNoveltyRow } from './caller-novelty.analysis.js';
export { speedToLead, type SpeedToLeadOptions, type SpeedToLeadRow } from './speed-to-lead.analysis.js';
export {
  leadResponses,
  unreachedLeads,
  type LeadResponseRow,
  type LeadResponsesOptions,
  type UnreachedLeadRow,
} from './lead-responses.analysis.js';

// How calls ended, and what each agent handled and owns.
export { callOutcomes, type CallOutcomeRow, type CallOutcomesOptions } from './call-outcomes.analysis.js';
export { agentRanking, type AgentMetric, type AgentRankingOptions, type AgentRow } from './agents/agent-ranking.analysis.js';
export { agentSummary, type AgentSummaryOptions, type AgentSummaryRow } from './agents/agent-summary.analysis.js';

// Calls or SMS by weekday and hour.
export {
  activityHeatmap,
  WEEKDAYS,
  type ActivityHeatmapOptions,
  type HeatmapCell,
  type HeatmapSource,
  type Weekday,
} from './activity-heatmap.analysis.js';

// Calls, SMS, leads or engagement per day, ISO week or month.
export { activityTrend, TREND_SOURCES, type ActivityTrendOptions, type TrendRow, type TrendSource } from './activity-trend.analysis.js';
export { MAX_TREND_BUCKETS, TREND_BUCKETS, type TrendBucket } from './trend.buckets.js';

// "Now" of batch data: the latest timestamp in it.
export { latestActivity } from './latest-activity.analysis.js';
export { trackingNumbers, type TrackingNumberRow } from './tracking-numbers.analysis.js';

// Lead scoring: scores, their explanation, and the configuration they follow.
export { scoreLeads, type ScoreLeadsOptions } from './scoring/score-leads.analysis.js';
export type { LeadScoreRow } from './scoring/lead-activity.scorer.js';
export { explainLead, type ExplainLeadOptions, type LeadExplanation, type ScoreFactorRow } from './scoring/explain-lead.analysis.js';
export {
  DEFAULT_SCORING_CONFIG,
  type LeadTier,
  type ScoreFactor,
  type ScoringConfig,
  type ScoringOverrides,
  type TierThresholds,
} from './scoring/scoring.config.js';

// Settings checked layer by layer (defaults, a config file, options), as @hcdm/analytics reads them.
export { resolveScoringConfig, type ScoringLayer } from './scoring/scoring-config.resolver.js';
export { parseScoringOverrides } from './scoring/scoring-config.parser.js';
export { ConfigObjectReader } from './scoring/config-object.reader.js';
export { InvalidConfigError } from './scoring/config.errors.js';

// Lead sources and the lead funnel, with the status order they follow.
export { leadSources, type LeadSourceRow, type LeadSourcesOptions, type SourceMetric } from './lead-sources.analysis.js';
export { leadFunnel, type FunnelRowKind, type LeadFunnelOptions, type LeadFunnelRow } from './lead-funnel.analysis.js';
export { DEFAULT_LEAD_STATUSES, type LeadStatusesConfig, type LeadStatusesOverrides } from './lead-statuses/lead-statuses.config.js';
export { resolveLeadStatusesConfig, type LeadStatusesLayer } from './lead-statuses/lead-statuses-config.resolver.js';
export { parseLeadStatusesOverrides } from './lead-statuses/lead-statuses-config.parser.js';
// The figures precomputed at import, and whether they are current.
export { precomputedIsCurrent, LOGGED_REBUILD_SHARE, REBUILD_MIN_CUSTOMERS, rebuildPrecomputed, updatePrecomputed, updatePrecomputedOf } from './precomputed/precomputed.rebuild.js';
// Rankings narrowed by a filter (`for source X`, `for location L`), and figures beside the previous period's.
export { FILTER_DIMENSIONS, type FilterDimension, type RecordFilter } from './record-filter.types.js';
export { filterValues, filterValuesOf, type FilterValues } from './filter-values.analysis.js';
export { leadFigures, type LeadFigures, type LeadFiguresOptions } from './lead-figures.analysis.js';
export { change, changePct, withPrevious, type Compared, type ComparedKeys } from './figure-change.js';
