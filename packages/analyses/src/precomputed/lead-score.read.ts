import { ALL_TIME, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { rankScored, scoreActivity, toScoreRow, type LeadScoreRow } from '../scoring/lead-activity.scorer.js';
import { readLeadDetails } from '../scoring/lead-details.sql.js';
import { scoreLead } from '../scoring/lead-score.formula.js';
import type { LeadTier, ScoringConfig } from '../scoring/scoring.config.js';
import { SCORING_INPUT_COLUMNS, toLeadActivity } from './lead-activity.read.js';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';
import { scoringKey, storedScoringKey } from './lead-score.table.js';

export interface StoredScoresQuery {
  readonly config: ScoringConfig;
  readonly now: number;
  readonly limit?: number;
  readonly tier?: LeadTier;
  readonly customerId?: string;
}

/** What a ranked lead is read with: who it is and what its score is computed from. */
const ROW_COLUMNS = `${SCORING_INPUT_COLUMNS}, customer_id, name, phone, property_id`;

const DAY_MS = 86_400_000;

/**
 * The leads' scores over all time, best first (ties by lead id), named, from the precomputed
 * activity: null when its activity points were computed under another scoring than `query`'s.
 * A score is the stored activity points plus recency, which only the read's "now" decides and
 * which falls as the lead's latest activity ages: so a lead scores at least T exactly when its
 * latest activity is at or after the instant its activity points need for the rest, one index
 * range per activity score. Only such leads are read, and every one read is scored by the
 * formula itself and ranked in TypeScript, so the rows are those `scoreLeads` computes from the
 * data. The caller has checked that the precomputed tables are current.
 */
export async function storedLeadScores(manager: EntityManager, query: StoredScoresQuery): Promise<LeadScoreRow[] | null> {
  if (!(await scoredUnder(manager, query.config))) return null;
  const recency = new RecencyBounds(query.config, query.now);
  let rows: Record<string, unknown>[];
  if (query.customerId !== undefined) {
    rows = await queryNamed(manager, `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} WHERE customer_id = :customerId`, { customerId: query.customerId });
  } else if (query.tier === 'hot' || query.tier === 'warm') {
    rows = await rowsScoringAtLeast(manager, recency, lowestTenthsOf(query.config.tiers[query.tier]));
  } else if (query.tier === undefined && query.limit !== undefined) {
    rows = await rowsScoringAtLeast(manager, recency, await nthBestTenths(manager, query, recency, query.limit));
  } else {
    rows = await queryNamed(manager, `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE}`, {});
  }
  const ranked = rankScored(rows, (row) => {
    const scored = scoreActivity(toLeadActivity(row), ALL_TIME, query.config, query.now);
    return query.tier === undefined || scored.score.tier === query.tier ? scored : null;
  });
  const kept = query.limit === undefined ? ranked : ranked.slice(0, query.limit);
  return kept.map(({ item, scored }) => toScoreRow(readLeadDetails(item), scored));
}

/** Whether the stored activity points are of this scoring (and were ever computed). */
async function scoredUnder(manager: EntityManager, config: ScoringConfig): Promise<boolean> {
  return (await storedScoringKey(manager)) === scoringKey(config);
}

/** The fewest tenths a score of at least `points` has (scores are whole tenths): one less, to be safe of the float. */
function lowestTenthsOf(points: number): number {
  return Math.floor(points * 10) - 1;
}

/**
 * A lower bound of the `limit`-th best score (tenths): the `limit`-th best of a few sure
 * candidates, the leads with the most activity points among all and among those recent enough
 * for a share of the recency points. Every lead of the real top `limit` scores at least it.
 */
async function nthBestTenths(manager: EntityManager, query: StoredScoresQuery, recency: RecencyBounds, limit: number): Promise<number> {
  const seeds = new Map<string, Record<string, unknown>>();
  const add = (rows: Record<string, unknown>[]) => rows.forEach((row) => seeds.set(String(row.lead_id), row));
  add(await queryNamed(manager, `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} ORDER BY last_activity_at DESC LIMIT :limit`, { limit }));
  add(await queryNamed(manager, `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} ORDER BY activity_tenths DESC LIMIT :limit`, { limit }));
  for (const share of [1, 0.75, 0.5, 0.25]) {
    const since = recency.earliestFor(Math.max(1, Math.round(recency.max * share)));
    if (since === null) continue;
    // `+last_activity_at` keeps the planner off the recency index: tens of thousands of leads are
    // that recent, each read and sorted (60-200 ms a share on the benchmark's database), where the
    // (activity, recency) index, walked from the most active down, meets `limit` of them at once.
    add(
      await queryNamed(
        manager,
        `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} WHERE +last_activity_at >= :since ORDER BY activity_tenths DESC LIMIT :limit`,
        { since, limit },
      ),
    );
  }
  const tenths = [...seeds.values()]
    .map((row) => Math.round(scoreActivity(toLeadActivity(row), ALL_TIME, query.config, query.now).score.score * 10))
    .sort((a, b) => b - a);
  return tenths.length < limit ? Number.NEGATIVE_INFINITY : tenths[limit - 1]!;
}

/**
 * Every lead whose score is at least `tenths` (and maybe a few just under, never one fewer):
 * those with that many activity points already, and for each activity score short of it by
 * at most the recency points, those whose latest activity is recent enough for the rest.
 */
async function rowsScoringAtLeast(manager: EntityManager, recency: RecencyBounds, tenths: number): Promise<Record<string, unknown>[]> {
  if (!Number.isFinite(tenths) || tenths <= 0) return queryNamed(manager, `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE}`, {});
  const bounds: string[] = [];
  for (let needed = 1; needed <= recency.max; needed += 1) {
    const since = recency.earliestFor(needed);
    // Both are whole numbers of this code's making: nothing of the data is pasted.
    if (since !== null && tenths - needed >= 0) bounds.push(`(${tenths - needed}, ${since})`);
  }
  const active = `SELECT ${ROW_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} WHERE activity_tenths >= :tenths`;
  if (bounds.length === 0) return queryNamed(manager, active, { tenths });
  const columns = ROW_COLUMNS.split(', ')
    .map((column) => `a.${column}`)
    .join(', ');
  return queryNamed(
    manager,
    `WITH bound (points, since) AS (VALUES ${bounds.join(', ')})
      ${active}
      UNION ALL
      SELECT ${columns} FROM bound b INNER JOIN ${LEAD_ACTIVITY_TABLE} a ON a.activity_tenths = b.points AND a.last_activity_at >= b.since`,
    { tenths },
  );
}

/**
 * The recency points (tenths) of a latest activity at a given instant, under one scoring and
 * "now", as the formula gives them (they never rise as the activity ages), and per number of
 * points the earliest instant that still earns them.
 */
class RecencyBounds {
  /** The points of activity at "now" or later. */
  readonly max: number;
  private readonly earliest = new Map<number, number | null>();

  constructor(
    private readonly config: ScoringConfig,
    private readonly now: number,
  ) {
    this.max = this.tenthsAt(now);
  }

  /** The earliest whole millisecond whose activity earns at least `tenths` recency points; null when none does. */
  earliestFor(tenths: number): number | null {
    if (tenths > this.max) return null;
    const known = this.earliest.get(tenths);
    if (known !== undefined) return known;
    // Far enough back that it earns nothing: 2^-60 of the weight rounds to 0 tenths.
    let low = this.now - Math.ceil(this.config.halfLifeDays * DAY_MS * 60) - 1;
    let high = this.now;
    if (this.tenthsAt(low) >= tenths) return Number.MIN_SAFE_INTEGER;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.tenthsAt(middle) >= tenths) high = middle;
      else low = middle;
    }
    this.earliest.set(tenths, high);
    return high;
  }

  private tenthsAt(lastActivityAt: number): number {
    return Math.round(scoreLead({ calls: 0, sms: 0, callSeconds: 0, lastActivityAt }, this.config, this.now).score * 10);
  }
}
