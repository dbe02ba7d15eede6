import { toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { queryNamed } from '../named-query.sql.js';
import type { LeadScoreRow } from '../scoring/lead-activity.scorer.js';
import { readLeadDetails } from '../scoring/lead-details.sql.js';
import type { LeadTier, ScoringConfig } from '../scoring/scoring.config.js';
import { LEAD_SCORE_TABLE, SCORING_KEY_TABLE, scoringKey } from './lead-score.table.js';

export interface StoredScoresQuery {
  readonly config: ScoringConfig;
  readonly now: number;
  readonly limit?: number;
  readonly tier?: LeadTier;
  readonly customerId?: string;
}

/**
 * The leads' scores over all time as stored at the last rebuild, best first (ties by lead id),
 * named: null when they were computed under another scoring (config or "now") than `query`'s.
 * The caller has checked that the precomputed tables are current.
 */
export async function storedLeadScores(manager: EntityManager, query: StoredScoresQuery): Promise<LeadScoreRow[] | null> {
  const keys = (await manager.query(`SELECT scoring_key FROM ${SCORING_KEY_TABLE} WHERE id = 1`)) as { scoring_key: unknown }[];
  if (keys[0]?.scoring_key !== scoringKey(query.config, query.now)) return null;
  const conditions = ['1 = 1'];
  const parameters: Record<string, string | number> = {};
  if (query.tier !== undefined) {
    conditions.push('s.tier = :tier');
    parameters.tier = query.tier;
  }
  if (query.customerId !== undefined) {
    conditions.push('s.customer_id = :customerId');
    parameters.customerId = query.customerId;
  }
  if (query.limit !== undefined) parameters.limit = query.limit;
  const raw = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT s.lead_id, s.customer_id, s.name, s.phone, s.property_id, s.score, s.tier, s.call_count, s.sms_count, s.call_seconds
      FROM ${LEAD_SCORE_TABLE} s WHERE ${conditions.join(' AND ')}
      ORDER BY s.rank ASC${query.limit === undefined ? '' : ' LIMIT :limit'}`,
    parameters,
  );
  return raw.map((row) => ({
    ...readLeadDetails(row),
    callCount: toNumber(row.call_count),
    smsCount: toNumber(row.sms_count),
    callSeconds: toNumber(row.call_seconds),
    score: toNumber(row.score),
    tier: String(row.tier) as LeadTier,
  }));
}
