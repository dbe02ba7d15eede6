import { ALL_TIME, dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { queryNamed } from '../named-query.sql.js';
import { scoreActivity } from '../scoring/lead-activity.scorer.js';
import type { ScoringConfig } from '../scoring/scoring.config.js';
import { compareIds } from '../id-order.js';
import { toNumber } from '@hcdm/telecom';
import { toLeadActivity } from './lead-activity.read.js';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';

/** Every lead's score over all time, under one scoring (its config and "now"): see {@link scoringKey}. */
export const LEAD_SCORE_TABLE = 'precomputed_lead_scores';
/** One row: the scoring the scores were computed under. */
export const SCORING_KEY_TABLE = 'precomputed_scoring';

/** Rows per INSERT: 11 parameters each, well under SQLite's 32766 and PostgreSQL's 65535. */
const BATCH = 2000;

/** What a score depends on besides the data: every number of the config, and "now" (epoch ms). */
export function scoringKey(config: ScoringConfig, now: number): string {
  const { weights: w, halfSaturation: h, tiers } = config;
  return [w.calls, w.sms, w.callSeconds, w.recency, h.calls, h.sms, h.callSeconds, config.halfLifeDays, tiers.hot, tiers.warm, now].join(',');
}

/** The stored row of a lead: what the score rankings print, in rank order. */
const SCORE_COLUMNS = ['rank', 'lead_id', 'customer_id', 'name', 'phone', 'property_id', 'call_count', 'sms_count', 'call_seconds', 'score', 'tier'] as const;

/**
 * Makes the score table anew: every lead of the (already built) activity table scored with the
 * formula itself (`scoreActivity`, the code `scoreLeads` runs) and ranked as it ranks (score
 * descending, ties by lead id), so the stored scores and order are the ones it computes. Rows
 * carry the lead's customer name and phone and go in rank order (`rank` the key), so a ranking
 * reads consecutive rows.
 */
export async function buildLeadScoreTables(manager: EntityManager, config: ScoringConfig, now: number): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${LEAD_SCORE_TABLE}`);
  await manager.query(`DROP TABLE IF EXISTS ${SCORING_KEY_TABLE}`);
  await manager.query(`
    CREATE TABLE ${LEAD_SCORE_TABLE} (
      rank integer PRIMARY KEY NOT NULL,
      lead_id ${text} NOT NULL,
      customer_id ${text} NOT NULL,
      name ${text} NOT NULL,
      phone ${text} NOT NULL,
      property_id ${text} NOT NULL,
      call_count bigint NOT NULL,
      sms_count bigint NOT NULL,
      call_seconds bigint NOT NULL,
      score double precision NOT NULL,
      tier ${text} NOT NULL
    )`);
  await manager.query(`CREATE TABLE ${SCORING_KEY_TABLE} (id integer PRIMARY KEY NOT NULL, scoring_key ${text} NOT NULL)`);
  const raw = (await manager.query(
    `SELECT lead_id, customer_id, name, phone, property_id, created_at, call_count, call_seconds, call_last_at, sms_count, sms_last_at FROM ${LEAD_ACTIVITY_TABLE}`,
  )) as Record<string, unknown>[];
  const scored = raw
    .map((row) => ({ row, score: scoreActivity(toLeadActivity(row), ALL_TIME, config, now).score }))
    .sort((a, b) => b.score.score - a.score.score || compareIds(String(a.row.lead_id), String(b.row.lead_id)));
  // Positional placeholders of the driver's own kind (? or $n): named ones are rewritten one by one, slow at this size.
  const placeholder = (index: number) => manager.connection.driver.createParameter(`p${index}`, index);
  for (let start = 0; start < scored.length; start += BATCH) {
    const values: (string | number)[] = [];
    const tuples = scored.slice(start, start + BATCH).map(({ row, score }, index) => {
      const first = values.length;
      values.push(start + index + 1, String(row.lead_id), String(row.customer_id), String(row.name), String(row.phone), String(row.property_id));
      values.push(toNumber(row.call_count), toNumber(row.sms_count), toNumber(row.call_seconds), score.score, score.tier);
      return `(${SCORE_COLUMNS.map((_, column) => placeholder(first + column)).join(', ')})`;
    });
    await manager.query(`INSERT INTO ${LEAD_SCORE_TABLE} (${SCORE_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
  await queryNamed(manager, `INSERT INTO ${SCORING_KEY_TABLE} (id, scoring_key) VALUES (1, :key)`, { key: scoringKey(config, now) });
  // A tier's leads, and one customer's (a profile), in rank order.
  await manager.query(`CREATE INDEX idx_precomputed_lead_scores_tier ON ${LEAD_SCORE_TABLE} (tier, rank)`);
  await manager.query(`CREATE INDEX idx_precomputed_lead_scores_customer ON ${LEAD_SCORE_TABLE} (customer_id, rank)`);
}
