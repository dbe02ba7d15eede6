import { ALL_TIME, dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { queryNamed } from '../named-query.sql.js';
import { scoreActivity } from '../scoring/lead-activity.scorer.js';
import type { ScoringConfig } from '../scoring/scoring.config.js';
import { compareIds } from '../id-order.js';
import { SCORING_INPUT_COLUMNS, toLeadActivity } from './lead-activity.read.js';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';

/** Every lead's score over all time, under one scoring (its config and "now"): see {@link scoringKey}. */
export const LEAD_SCORE_TABLE = 'precomputed_lead_scores';
/** One row: the scoring the scores were computed under. */
export const SCORING_KEY_TABLE = 'precomputed_scoring';

/** Rows per INSERT of the ranks: 4 parameters each, well under SQLite's 32766 and PostgreSQL's 65535. */
const BATCH = 5000;

/** Each lead's rank, score and tier while the score table is built; dropped in the same transaction. */
const RANKS_TABLE = 'precomputed_score_ranks';

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
 * descending, ties by lead id in code-unit order, so in TypeScript: neither engine's collation
 * decides), so the stored scores and order are the ones it computes. Rows carry the lead's
 * customer name and phone and go in rank order (`rank` the key), so a ranking reads consecutive
 * rows. Only the scoring inputs come into memory, and only lead id, score and tier stay there
 * to be ranked; the names and phones are joined back in SQL: reading every column of 200,000
 * leads into objects took the import from about 180 MB to 440 MB at its peak.
 */
export async function buildLeadScoreTables(manager: EntityManager, config: ScoringConfig, now: number): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${LEAD_SCORE_TABLE}`);
  await manager.query(`DROP TABLE IF EXISTS ${SCORING_KEY_TABLE}`);
  await manager.query(`DROP TABLE IF EXISTS ${RANKS_TABLE}`);
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
  await manager.query(`CREATE TABLE ${RANKS_TABLE} (rank integer PRIMARY KEY NOT NULL, lead_id ${text} NOT NULL, score double precision NOT NULL, tier ${text} NOT NULL)`);
  const ranked = await rankedScores(manager, config, now);
  // Positional placeholders of the driver's own kind (? or $n): named ones are rewritten one by one, slow at this size.
  const placeholder = (index: number) => manager.connection.driver.createParameter(`p${index}`, index);
  for (let start = 0; start < ranked.length; start += BATCH) {
    const values: (string | number)[] = [];
    const tuples = ranked.slice(start, start + BATCH).map(({ leadId, score, tier }, index) => {
      const first = values.length;
      values.push(start + index + 1, leadId, score, tier);
      return `(${[0, 1, 2, 3].map((column) => placeholder(first + column)).join(', ')})`;
    });
    await manager.query(`INSERT INTO ${RANKS_TABLE} (rank, lead_id, score, tier) VALUES ${tuples.join(', ')}`, values);
  }
  await manager.query(
    `INSERT INTO ${LEAD_SCORE_TABLE} (${SCORE_COLUMNS.join(', ')})
      SELECT r.rank, a.lead_id, a.customer_id, a.name, a.phone, a.property_id, a.call_count, a.sms_count, a.call_seconds, r.score, r.tier
      FROM ${RANKS_TABLE} r INNER JOIN ${LEAD_ACTIVITY_TABLE} a ON a.lead_id = r.lead_id
      ORDER BY r.rank`,
  );
  await manager.query(`DROP TABLE ${RANKS_TABLE}`);
  await queryNamed(manager, `INSERT INTO ${SCORING_KEY_TABLE} (id, scoring_key) VALUES (1, :key)`, { key: scoringKey(config, now) });
  // A tier's leads, and one customer's (a profile), in rank order.
  await manager.query(`CREATE INDEX idx_precomputed_lead_scores_tier ON ${LEAD_SCORE_TABLE} (tier, rank)`);
  await manager.query(`CREATE INDEX idx_precomputed_lead_scores_customer ON ${LEAD_SCORE_TABLE} (customer_id, rank)`);
}

/** Leads read at a time for scoring: the whole table at once held 200,000 rows of objects twice over. */
const PAGE = 20_000;

/**
 * Every lead's score and tier, best first, ties by lead id: the scoring's inputs read a page at
 * a time (by lead id, the table's key, in the engine's order: any order pages alike), scored,
 * and let go.
 */
async function rankedScores(manager: EntityManager, config: ScoringConfig, now: number): Promise<{ leadId: string; score: number; tier: string }[]> {
  const scored: { leadId: string; score: number; tier: string }[] = [];
  for (let after: string | null = null; ; ) {
    const page: Record<string, unknown>[] = await queryNamed<Record<string, unknown>>(
      manager,
      `SELECT ${SCORING_INPUT_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE}
        ${after === null ? '' : 'WHERE lead_id > :after'} ORDER BY lead_id LIMIT ${PAGE}`,
      after === null ? {} : { after },
    );
    for (const row of page) {
      const lead = toLeadActivity(row);
      const { score, tier } = scoreActivity(lead, ALL_TIME, config, now).score;
      scored.push({ leadId: lead.leadId, score, tier });
    }
    if (page.length < PAGE) break;
    after = String(page[page.length - 1]!.lead_id);
  }
  return scored.sort((a, b) => b.score - a.score || compareIds(a.leadId, b.leadId));
}
