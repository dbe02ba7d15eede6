import { claimPrecomputedGeneration, dataGeneration, dialectOf, type DataChanges, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import type { ScoringConfig } from '../scoring/scoring.config.js';
import { isPlacedWithCustomers } from './customer-placement.js';
import { LEAD_ACTIVITY_TABLE, refreshLeadActivity } from './lead-activity.table.js';
import { scoreLeadActivity, scoredInThisLayout } from './lead-score.table.js';
import { applyLoggedInquirers, refreshListingInquirers } from './listing-inquirers.table.js';
import { changedRows } from './changed-rows.js';
import { refreshMissedCalls } from './missed-calls.table.js';
import { withLargerPageCache } from './page-cache.js';
import { ALL_ROWS, type PrecomputedScope } from './precomputed.scope.js';
import { buildQuarterHoursTable, refreshQuarterHours } from './quarter-hours.table.js';
import { buildRecordDaysTable, refreshRecordDays } from './record-days.table.js';

/**
 * Tables an older hcdm kept, dropped by a rebuild: the scores before they were ranked at read
 * time, and layout 3's two day tables, which `precomputed_record_days` replaced.
 */
const OLD_TABLES = ['precomputed_lead_scores', 'precomputed_agent_days', 'precomputed_call_outcome_days'];

/**
 * Rebuilds every precomputed table from the data, in one transaction that first claims the
 * data's current generation (so a write committed meanwhile makes them stale again, never wrong).
 * `@hcdm/analytics` calls it on querying a writable database whose figures are stale (data
 * written by another program); its own writes update them as they write (`updatePrecomputed`).
 */
export async function rebuildPrecomputed(manager: EntityManager, options: { readonly scoring: ScoringConfig }): Promise<void> {
  await manager.transaction(async (tx) => {
    await claimPrecomputedGeneration(tx);
    await writeEveryTable(tx, options.scoring);
  });
}

/**
 * Brings the precomputed figures up to date inside the writer's own transaction, after its
 * write and its `markDataChanged`: when they were current before the write (one generation
 * behind now), only the rows its changes reach are computed again (those its change log names, on
 * SQLite; else those of the customers it changed), and the quarter hours and the days its records
 * reach;
 * otherwise (never built, stale since another program wrote, or built by an older hcdm in another
 * layout, or on Citus left on the coordinator by one) every table is rebuilt. Either way they are
 * then of the current generation, committed with the data.
 */
export async function updatePrecomputed(manager: EntityManager, options: { readonly scoring: ScoringConfig }, changes: DataChanges): Promise<void> {
  const generation = await dataGeneration(manager);
  if (generation.precomputed === generation.current) return;
  const followsChange =
    generation.precomputed === generation.current - 1 && (await scoredInThisLayout(manager)) && (await isPlacedWithCustomers(manager, LEAD_ACTIVITY_TABLE));
  await claimPrecomputedGeneration(manager);
  if (!followsChange) return writeEveryTable(manager, options.scoring);
  await withLargerPageCache(manager, async () => {
    if (changes.changeLog === undefined) await writePrecomputed(manager, options.scoring, { kind: 'customers-in-table', table: changes.customersTable });
    else await writeLoggedChanges(manager, options.scoring, changes.changeLog);
    for (const source of ['calls', 'sms'] as const) {
      const span = changes.instants[source];
      if (span === undefined) continue;
      await refreshQuarterHours(manager, source, span);
      await refreshRecordDays(manager, source, span);
    }
  });
}

/** The customers a merge or unmerge moved records between, while their figures are made again. */
const MOVED_CUSTOMERS = 'hcdm_precomputed_customers';

/**
 * `updatePrecomputed` after a write that moved records between these customers and no record in
 * time (a merge, an unmerge): their rows are computed again, the quarter hours and the days stay.
 */
export async function updatePrecomputedOf(manager: EntityManager, options: { readonly scoring: ScoringConfig }, customerIds: readonly string[]): Promise<void> {
  const dialect = dialectOf(manager);
  const table = dialect.tempTableName(MOVED_CUSTOMERS);
  await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await manager.query(`CREATE TEMP TABLE ${MOVED_CUSTOMERS} (customer_id ${dialect.textColumnType} PRIMARY KEY)`);
  for (const id of new Set(customerIds)) await queryNamed(manager, `INSERT INTO ${MOVED_CUSTOMERS} (customer_id) VALUES (:id)`, { id });
  await updatePrecomputed(manager, options, { customersTable: MOVED_CUSTOMERS, instants: {} });
  await manager.query(`DROP TABLE ${table}`);
}

/**
 * Every precomputed table from all the data (the per-lead pass looks up each lead's first
 * response by index: the larger cache keeps those pages). The tables are dropped and placed
 * again, so the layout turn comes before the first drop (Dialect.takeLayoutTurn).
 */
async function writeEveryTable(manager: EntityManager, scoring: ScoringConfig): Promise<void> {
  await dialectOf(manager).takeLayoutTurn(manager);
  await withLargerPageCache(manager, async () => {
    await writePrecomputed(manager, scoring, ALL_ROWS);
    await buildQuarterHoursTable(manager);
    await buildRecordDaysTable(manager);
  });
}

/** The per-customer tables, of every row or of the scope's customers. */
async function writePrecomputed(manager: EntityManager, scoring: ScoringConfig, scope: PrecomputedScope): Promise<void> {
  if (scope.kind === 'all') for (const table of OLD_TABLES) await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await refreshLeadActivity(manager, scope);
  await scoreLeadActivity(manager, scoring, scope);
  await refreshMissedCalls(manager, scope);
  await refreshListingInquirers(manager, scope);
}

/**
 * The per-customer tables after a write that logged its changes (SQLite's imports): the rows
 * those changes reach (changed-rows.ts) computed again, and the changes added to the pairs; or
 * every table rebuilt once the log is a large share of the records (LOGGED_REBUILD_SHARE).
 */
async function writeLoggedChanges(manager: EntityManager, scoring: ScoringConfig, changeLog: string): Promise<void> {
  if ((await loggedShare(manager, changeLog)) > LOGGED_REBUILD_SHARE) return writePrecomputed(manager, scoring, ALL_ROWS);
  const changed = await changedRows(manager, changeLog);
  await refreshLeadActivity(manager, changed.leads);
  await scoreLeadActivity(manager, scoring, changed.leads);
  await refreshMissedCalls(manager, changed.calls);
  await applyLoggedInquirers(manager, changeLog);
  await changed.drop();
}

/** The change log's rows against the stored leads, calls and SMS (0 below REBUILD_MIN_CUSTOMERS customers). */
async function loggedShare(manager: EntityManager, changeLog: string): Promise<number> {
  const [counts] = (await manager.query(`SELECT (SELECT COUNT(*) FROM ${changeLog}) AS logged, (SELECT COUNT(*) FROM customers) AS customers,
      (SELECT COUNT(*) FROM leads) + (SELECT COUNT(*) FROM calls) + (SELECT COUNT(*) FROM sms) AS records`)) as { logged: number; customers: number; records: number }[];
  if (Number(counts?.customers ?? 0) < REBUILD_MIN_CUSTOMERS) return 0;
  return Number(counts?.logged ?? 0) / Math.max(1, Number(counts?.records ?? 0));
}

/**
 * The share of the records past which a logged write rebuilds every table rather than compute
 * again the rows its changes reach. Those rows are read by key, scattered over the tables; a
 * rebuild reads every record in order, some 14 s on the benchmark's database (2.2 million
 * records). The benchmark's weekly batch logs 71,000 changes (3% of the records): its rows took
 * 2.5 s. A write of half the records (the populated import) rebuilds. Between the two, 10% is a
 * bound on the safe side of where the costs meet, not a measured crossover.
 */
export const LOGGED_REBUILD_SHARE = 0.1;

/**
 * Below this many customers a write never rebuilds: every pass takes milliseconds either way,
 * and the passes over changed rows are what a small database uses (the tests' fixtures among them).
 */
export const REBUILD_MIN_CUSTOMERS = 2_000;

/**
 * Whether the precomputed tables are of the data as it is now, and of this hcdm's layout (tables
 * an older hcdm wrote may lack columns the reads ask for): a read of one row each.
 */
export async function precomputedIsCurrent(manager: EntityManager): Promise<boolean> {
  const generation = await dataGeneration(manager);
  return generation.precomputed === generation.current && (await scoredInThisLayout(manager));
}
