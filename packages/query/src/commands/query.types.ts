import type { ActivityHeatmapQuery } from './activity-heatmap.command.js';
import type { CommandDefinition } from './command.types.js';
import type { CustomerProfileQuery } from './customer-profile.command.js';
import type { CustomerSummaryQuery } from './customer-summary.command.js';
import type { ExplainLeadQuery } from './explain-lead.command.js';
import type { HelpQuery } from './help.command.js';
import type { LeadScoreQuery } from './lead-score.command.js';
import type { TierLeadsQuery } from './tier-leads.command.js';
import type { TopLeadsQuery } from './top-leads.command.js';
import type { TopListingsQuery } from './top-listings.command.js';
import type { CallerNoveltyQuery } from './caller-novelty.command.js';
import type { ListingSummaryQuery } from './listing-summary.command.js';
import type { LocationRollupQuery } from './location-rollup.command.js';
import type { MissedCallsQuery } from './missed-calls.command.js';
import type { PriceBandRollupQuery } from './price-band-rollup.command.js';
import type { SpeedToLeadQuery } from './speed-to-lead.command.js';
import type { UnreachedLeadsQuery } from './unreached-leads.command.js';

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
  | CustomerProfileQuery;

export type QueryKind = Query['kind'];

export type AnyCommandDefinition = CommandDefinition<Query>;
