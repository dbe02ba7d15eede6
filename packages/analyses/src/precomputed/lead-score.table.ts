import { dialectOf, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { scoreLead } from '../scoring/lead-score.formula.js';
import { ACTIVITY_FACTORS, type ActivityFactor, type ScoringConfig } from '../scoring/scoring.config.js';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';
import { andRowInScope, type RowScope } from './precomputed.scope.js';

/** One row: the scoring the activity points of the activity table were computed under. */
export const SCORING_KEY_TABLE = 'precomputed_scoring';

/** Each factor value's points while they are written; dropped in the same transaction. */
const FACTOR_POINTS_TABLE = 'precomputed_factor_points';

/** Rows per INSERT of the factor points: 3 parameters each, well under SQLite's 32766 and PostgreSQL's 65535. */
const BATCH = 5000;

/** The activity table's column each activity factor is computed from. */
const FACTOR_COLUMNS: Readonly<Record<ActivityFactor, string>> = { calls: 'call_count', sms: 'sms_count', callSeconds: 'call_seconds' };

/**
 * What a lead's activity points depend on besides its counts: the weights and half saturations
 * of the activity factors. Recency, its half life and the tiers are applied when the scores are
 * read (lead-score.read.ts), against the "now" of the read, so the stored points hold for any.
 */
export function scoringKey(config: ScoringConfig): string {
  const { weights: w, halfSaturation: h } = config;
  return `${KEY_PREFIX}${[w.calls, w.sms, w.callSeconds, h.calls, h.sms, h.callSeconds].join(',')}`;
}

/**
 * Keys of this layout start so: activity points in the activity table (the older score table's
 * keys did not say `activity`), since layout 2 each lead's agent, source and status in it and
 * each missed call's agent, and since layout 4 the records' days table and the activity table's
 * index by source (an hcdm before wrote an older key; its tables are rebuilt, not read). The key
 * changes with every change of the tables' set or columns: layout 3 had two day tables in their
 * place, for some commits of one stop.
 */
const KEY_PREFIX = 'layout 4, activity:';

/** The scoring the stored activity points were computed under (scoringKey); null when none was stored. */
export async function storedScoringKey(manager: EntityManager): Promise<string | null> {
  const keys = (await manager.query(`SELECT scoring_key FROM ${SCORING_KEY_TABLE} WHERE id = 1`)) as { scoring_key: unknown }[];
  return keys[0] === undefined ? null : String(keys[0].scoring_key);
}

/** Whether the precomputed tables are of this layout: else only a rebuild brings them to it. */
export async function scoredInThisLayout(manager: EntityManager): Promise<boolean> {
  // Inside a transaction its runner asks; outside (an analysis's read) one from the data source
  // (better-sqlite3's one shared runner, or a pooled PostgreSQL connection), released at once.
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    if (!(await runner.hasTable(SCORING_KEY_TABLE))) return false;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
  return (await storedScoringKey(manager))?.startsWith(KEY_PREFIX) ?? false;
}

/**
 * Fills `activity_tenths` of the leads of the scope's customers: the score's activity part (the
 * sum of the calls, SMS and call seconds factors, in tenths of a point), which no later data
 * changes but the lead's own records. Each factor's points depend on its one count alone, so each
 * distinct count is scored once, by the formula itself (`scoreLead`), and the rows are updated
 * from those in one statement (the leads of the scope's customers, or the leads it lists). Under
 * another scoring than the stored one every lead is scored again. On the whole table (`all`), the
 * index the score rankings read is made after the rows.
 */
export async function scoreLeadActivity(manager: EntityManager, config: ScoringConfig, given: RowScope): Promise<void> {
  const dialect = dialectOf(manager);
  const text = dialect.textColumnType;
  const key = scoringKey(config);
  await manager.query(`CREATE TABLE IF NOT EXISTS ${SCORING_KEY_TABLE} (id integer PRIMARY KEY NOT NULL, scoring_key ${text} NOT NULL)`);
  const scope: RowScope = (await storedScoringKey(manager)) === key ? given : { kind: 'all' };
  const inScope = andRowInScope({ customer: 'customer_id', key: 'lead_id' }, scope);
  await manager.query(`DROP TABLE IF EXISTS ${dialect.tempTableName(FACTOR_POINTS_TABLE)}`);
  await manager.query(`CREATE TEMP TABLE ${FACTOR_POINTS_TABLE} (factor ${text} NOT NULL, value bigint NOT NULL, tenths bigint NOT NULL, PRIMARY KEY (factor, value))`);
  const rows: (string | number)[][] = [];
  for (const factor of ACTIVITY_FACTORS) {
    const column = FACTOR_COLUMNS[factor];
    const values = (await manager.query(`SELECT DISTINCT ${column} AS value FROM ${LEAD_ACTIVITY_TABLE} WHERE true${inScope}`)) as { value: unknown }[];
    for (const { value } of values) rows.push([factor, Number(value), factorTenths(factor, Number(value), config)]);
  }
  const placeholder = (index: number) => manager.connection.driver.createParameter(`p${index}`, index);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const tuples = batch.map((_, index) => `(${[0, 1, 2].map((column) => placeholder(index * 3 + column)).join(', ')})`);
    await manager.query(`INSERT INTO ${FACTOR_POINTS_TABLE} (factor, value, tenths) VALUES ${tuples.join(', ')}`, batch.flat());
  }
  // One row of the points table per factor, joined by the lead's value (UPDATE ... FROM rather
  // than a subquery per factor: Citus plans a join of a split table to a temporary one, not a
  // correlated subquery into it). The join is inner: every row in scope finds its three, since
  // the points were made above from the DISTINCT values of these same rows, in this transaction.
  const alias = (index: number) => `f${index}`;
  const points = ACTIVITY_FACTORS.map((_, index) => `${alias(index)}.tenths`).join(' + ');
  const tables = ACTIVITY_FACTORS.map((_, index) => `${FACTOR_POINTS_TABLE} ${alias(index)}`).join(', ');
  const matches = ACTIVITY_FACTORS.map(
    (factor, index) => ` AND ${alias(index)}.factor = '${factor}' AND ${alias(index)}.value = ${LEAD_ACTIVITY_TABLE}.${FACTOR_COLUMNS[factor]}`,
  ).join('');
  await manager.query(`UPDATE ${LEAD_ACTIVITY_TABLE} SET activity_tenths = ${points} FROM ${tables} WHERE true${matches}${andRowInScope({ customer: `${LEAD_ACTIVITY_TABLE}.customer_id`, key: `${LEAD_ACTIVITY_TABLE}.lead_id` }, scope)}`);
  await manager.query(`DROP TABLE ${FACTOR_POINTS_TABLE}`);
  await manager.query(`DELETE FROM ${SCORING_KEY_TABLE}`);
  await queryNamed(manager, `INSERT INTO ${SCORING_KEY_TABLE} (id, scoring_key) VALUES (1, :key)`, { key });
  // Per activity score, the leads whose recency brings them to a bound (lead-score.read.ts).
  await manager.query(`CREATE INDEX IF NOT EXISTS idx_precomputed_lead_activity_score ON ${LEAD_ACTIVITY_TABLE} (activity_tenths, last_activity_at)`);
}

/** The points (tenths) of one activity factor at `value`, as `scoreLead` counts them. */
function factorTenths(factor: ActivityFactor, value: number, config: ScoringConfig): number {
  const inputs = { calls: 0, sms: 0, callSeconds: 0, lastActivityAt: null, [factor]: value };
  const points = scoreLead(inputs, config, 0).factors.find((scored) => scored.factor === factor)!.points;
  return Math.round(points * 10);
}
