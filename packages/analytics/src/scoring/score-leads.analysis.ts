import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { latestActivity } from '../analyses/latest-activity.analysis.js';
import { scoreActivity, type LeadScoreRow } from './lead-activity.scorer.js';
import { leadActivity } from './lead-activity.sql.js';
import { DEFAULT_SCORING_CONFIG, type LeadTier, type ScoringConfig } from './scoring.config.js';

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
}

/**
 * Every lead with something counted in the range (its creation or an attributed call or SMS;
 * with no range, every lead), scored and ranked: highest score first, ties by lead id. The
 * activity comes from one grouped statement; the formula runs here, in TypeScript.
 */
export async function scoreLeads(manager: EntityManager, options: ScoreLeadsOptions = {}): Promise<LeadScoreRow[]> {
  const range = options.range ?? ALL_TIME;
  const config = options.config ?? DEFAULT_SCORING_CONFIG;
  const now = await resolveNow(manager, options.now);
  const rows = (await leadActivity(manager, range))
    .map((lead) => scoreActivity(lead, range, config, now))
    .filter((scored) => scored.lastActivityAt !== null && (options.tier === undefined || scored.row.tier === options.tier))
    .map((scored) => scored.row)
    .sort((a, b) => b.score - a.score || compareIds(a.leadId, b.leadId));
  return options.limit === undefined ? rows : rows.slice(0, options.limit);
}

/** "now" for recency: as given, else the latest timestamp in the data (0 for an empty database). */
export async function resolveNow(manager: EntityManager, now: number | undefined): Promise<number> {
  return now ?? (await latestActivity(manager)) ?? 0;
}

/** Code-unit order, as SQL's ORDER BY sorts the ids of the other rankings. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
