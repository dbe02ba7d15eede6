import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { latestActivity } from '../latest-activity.analysis.js';
import { rankScored, scoreActivity, toScoreRow, type LeadScoreRow } from './lead-activity.scorer.js';
import { leadActivity } from './lead-activity.sql.js';
import { leadDetails } from './lead-details.sql.js';
import { DEFAULT_SCORING_CONFIG, type LeadTier, type ScoringConfig } from './scoring.config.js';
import { storedLeadScores } from '../precomputed/lead-score.read.js';
import { precomputedIsCurrent } from '../precomputed/precomputed.rebuild.js';
import { isUnfiltered } from '../record-filter.sql.js';
import { resolveRecordFilter } from '../record-filter.resolver.js';
import type { RecordFilter } from '../record-filter.types.js';

export interface ScoreLeadsOptions {
  /** By default DEFAULT_SCORING_CONFIG. */
  readonly config?: ScoringConfig;
  /** Over the timestamps of the counted calls and SMS and of the lead's own creation. */
  readonly range?: TimeRange;
  /** Epoch ms that recency is measured from; by default the latest timestamp in the data. */
  readonly now?: number;
  /** At most this many rows, the best first. */
  readonly limit?: number;
  /** Only leads of this tier. */
  readonly tier?: LeadTier;
  /** Only this customer's leads (a customer profile). */
  readonly customerId?: string;
  /** Only the leads, and the calls and SMS, the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
}

/**
 * Every lead with something counted in the range (its creation or an attributed call or SMS;
 * with no range, every lead), scored and ranked: highest score first, ties by lead id. The
 * activity comes from one grouped statement and the formula runs here, in TypeScript; names
 * and phones are then read for the kept rows only.
 */
export async function scoreLeads(manager: EntityManager, options: ScoreLeadsOptions = {}): Promise<LeadScoreRow[]> {
  const range = options.range ?? ALL_TIME;
  const config = options.config ?? DEFAULT_SCORING_CONFIG;
  const now = await resolveNow(manager, options.now);
  const recordFilter = await resolveRecordFilter(manager, options.filter);
  // Over all time and unfiltered, under the scoring they were stored with, the scores are precomputed at import.
  if (range.from === null && range.to === null && isUnfiltered(recordFilter) && (await precomputedIsCurrent(manager))) {
    const stored = await storedLeadScores(manager, { ...options, config, now });
    if (stored !== null) return stored;
  }
  const activity = await leadActivity(manager, range, { customerId: options.customerId, kept: recordFilter, activeOnly: true });
  const ranked = rankScored(activity, (lead) => {
    const scored = scoreActivity(lead, range, config, now);
    return scored.lastActivityAt !== null && (options.tier === undefined || scored.score.tier === options.tier) ? scored : null;
  });
  const kept = (options.limit === undefined ? ranked : ranked.slice(0, options.limit)).map(({ scored }) => scored);
  const details = await leadDetails(manager, kept.map((scored) => scored.activity.leadId));
  return kept.flatMap((scored) => {
    const who = details.get(scored.activity.leadId);
    return who ? [toScoreRow(who, scored)] : []; // a lead always has its customer (foreign key)
  });
}

/** "now" for recency: as given, else the latest timestamp in the data (0 for an empty database). */
export async function resolveNow(manager: EntityManager, now: number | undefined): Promise<number> {
  return now ?? (await latestActivity(manager)) ?? 0;
}
