export { hcdmEntities, hcdmMigrations } from './schema.js';
export { refreshAttribution, ATTRIBUTED_TABLES, type AttributionScope } from './attribution.js';
export { openDatabase, HcdmDatabase, type OpenDatabaseOptions } from './hcdm-database.js';
export type { QueryColumn, QueryResult, QueryRow, QueryValue } from './query-result.types.js';
export { parseCommand } from './commands/command.parser.js';
export { listCommands, COMMANDS } from './commands/command.registry.js';
export { runQuery, runCommand, type RunQueryOptions } from './commands/query.runner.js';
export type { Query, QueryKind, AnyCommandDefinition } from './commands/query.types.js';
export type { CommandDefinition, CommandContext, CommandMatch } from './commands/command.types.js';
export type { TopLeadsQuery } from './commands/top-leads.command.js';
export type { TopListingsQuery } from './commands/top-listings.command.js';
export type { CustomerSummaryQuery } from './commands/customer-summary.command.js';
export type { HelpQuery, CommandUsage } from './commands/help.command.js';
export { UnknownCommandError, InvalidCommandError } from './analytics.errors.js';
export { mapSqliteError, withSqliteErrors } from './sqlite-errors.js';
export { mapPostgresError } from './postgres-errors.js';
export { mapDatabaseError, withDatabaseErrors } from './database-errors.js';
export { topLeads, LEAD_METRICS, type LeadMetric, type TopLeadRow, type TopLeadsOptions } from './analyses/top-leads.analysis.js';
export {
  topListings,
  LISTING_METRICS,
  type ListingMetric,
  type TopListingRow,
  type TopListingsOptions,
} from './analyses/top-listings.analysis.js';
export {
  customerSummary,
  type CustomerSummaryOptions,
  type CustomerSummaryRow,
} from './analyses/customer-summary.analysis.js';
export { findCustomerByIdOrPhone } from './analyses/customer-lookup.analysis.js';
export { latestActivity } from './analyses/latest-activity.analysis.js';
export { importData } from './import/import-data.js';
export type { ImportOptions, ImportSummary } from './import/import.types.js';
export type { ImportProgress, RecordKind, RowProblem } from '@hcdm/core';
export { resolveImportFiles } from './import/import-files.js';
export { IMPORT_SPECS } from './import/import.specs.js';
export {
  DEFAULT_SCORING_CONFIG,
  SCORE_FACTORS,
  ACTIVITY_FACTORS,
  LEAD_TIERS,
  type ScoringConfig,
  type ScoringOverrides,
  type ScoreFactor,
  type ActivityFactor,
  type LeadTier,
  type TierThresholds,
} from './scoring/scoring.config.js';
export { scoreLead, tierOf, type ScoreInputs, type FactorPoints, type LeadScore } from './scoring/lead-score.formula.js';
export { scoreLeads, type ScoreLeadsOptions } from './scoring/score-leads.analysis.js';
export type { LeadScoreRow } from './scoring/lead-activity.scorer.js';
export {
  explainLead,
  type ExplainLeadOptions,
  type LeadExplanation,
  type ScoreFactorRow,
} from './scoring/explain-lead.analysis.js';
export type { LeadScoreQuery } from './commands/lead-score.command.js';
export type { TierLeadsQuery } from './commands/tier-leads.command.js';
export type { ExplainLeadQuery } from './commands/explain-lead.command.js';
export { CONFIG_FILE_NAME, configFileBeside, readConfigFile, type HcdmConfigFile } from './config/config-file.loader.js';
export { resolveScoringConfig, type ScoringLayer } from './config/scoring-config.resolver.js';
export { InvalidConfigError } from './config/config.errors.js';
export { listingSummary, type ListingSummaryOptions, type ListingSummaryRow } from './analyses/listing-summary.analysis.js';
export {
  locationRollup,
  type RollupOptions,
  type ListingRollupFigures,
  type LocationRollupRow,
} from './analyses/listing-rollup.analysis.js';
export { priceBandRollup, type PriceBandRollupOptions, type PriceBandRow } from './analyses/price-bands.analysis.js';
export { quartileBands, explicitBands, type PriceBand } from './analyses/price-band.edges.js';
export { nearestRank } from './analyses/nearest-rank.stats.js';
export { missedCalls, type MissedCallsAnalysisOptions, type MissedCallRow } from './analyses/missed-calls.analysis.js';
export { callerNovelty, type CallerNoveltyOptions, type CallerNoveltyRow } from './analyses/caller-novelty.analysis.js';
export { speedToLead, type SpeedToLeadOptions, type SpeedToLeadRow } from './analyses/speed-to-lead.analysis.js';
export {
  leadResponses,
  unreachedLeads,
  type LeadResponsesOptions,
  type LeadResponseRow,
  type UnreachedLeadRow,
} from './analyses/lead-responses.analysis.js';
export type { ListingSummaryQuery } from './commands/listing-summary.command.js';
export type { LocationRollupQuery } from './commands/location-rollup.command.js';
export type { PriceBandRollupQuery } from './commands/price-band-rollup.command.js';
export type { MissedCallsQuery } from './commands/missed-calls.command.js';
export type { CallerNoveltyQuery } from './commands/caller-novelty.command.js';
export type { SpeedToLeadQuery } from './commands/speed-to-lead.command.js';
export type { UnreachedLeadsQuery } from './commands/unreached-leads.command.js';
export type {
  ListResult,
  SummaryResult,
  HeatmapResult,
  SectionsResult,
  QuerySection,
  QueryShape,
} from './query-result.types.js';
export { resultToJson, type QueryJson } from './query-result.json.js';
export {
  activityHeatmap,
  WEEKDAYS,
  HEATMAP_SOURCES,
  type ActivityHeatmapOptions,
  type HeatmapCell,
  type HeatmapSource,
  type Weekday,
} from './analyses/activity-heatmap.analysis.js';
export {
  customerTimeline,
  DEFAULT_TIMELINE_LIMIT,
  type CustomerTimelineOptions,
  type TimelineEvent,
  type TimelineEventType,
} from './analyses/customer-timeline.analysis.js';
export { customerProfile, type CustomerProfileOptions, type CustomerProfile } from './analyses/customer-profile.analysis.js';
export type { ActivityHeatmapQuery } from './commands/activity-heatmap.command.js';
export type { CustomerProfileQuery } from './commands/customer-profile.command.js';
