import { claimPrecomputedGeneration, dataGeneration, dialectOf, type DataChanges, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import type { ScoringConfig } from '../scoring/scoring.config.js';
import { isPlacedWithCustomers } from './customer-placement.js';
import { LEAD_ACTIVITY_TABLE, refreshLeadActivity } from './lead-activity.table.js';
import { scoreLeadActivity, scoredInThisLayout } from './lead-score.table.js';
import { refreshListingInquirers } from './listing-inquirers.table.js';
import { refreshMissedCalls } from './missed-calls.table.js';
import { withLargerPageCache } from './page-cache.js';
import { ALL_ROWS, type PrecomputedScope } from './precomputed.scope.js';
import { buildQuarterHoursTable, refreshQuarterHours } from './quarter-hours.table.js';

/** The table the scores were stored in before they were ranked at read time: dropped by a rebuild. */
const OLD_SCORE_TABLE = 'precomputed_lead_scores';

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
 * behind now), only the rows of the customers it changed are computed again, and the quarter
 * hours its records reach; otherwise (never built, stale since another program wrote, or built by
 * an older hcdm in another layout, or on Citus left on the coordinator by one) every table is rebuilt. Either way they are then of the current generation, committed with the data.
 */
export async function updatePrecomputed(manager: EntityManager, options: { readonly scoring: ScoringConfig }, changes: DataChanges): Promise<void> {
  const generation = await dataGeneration(manager);
  if (generation.precomputed === generation.current) return;
  const followsChange =
    generation.precomputed === generation.current - 1 && (await scoredInThisLayout(manager)) && (await isPlacedWithCustomers(manager, LEAD_ACTIVITY_TABLE));
  await claimPrecomputedGeneration(manager);
  if (!followsChange) return writeEveryTable(manager, options.scoring);
  await withLargerPageCache(manager, async () => {
    await writePrecomputed(manager, options.scoring, { kind: 'customers-in-table', table: changes.customersTable });
    for (const source of ['calls', 'sms'] as const) {
      const span = changes.instants[source];
      if (span !== undefined) await refreshQuarterHours(manager, source, span);
    }
  });
}

/** The customers a merge or unmerge moved records between, while their figures are made again. */
const MOVED_CUSTOMERS = 'hcdm_precomputed_customers';

/**
 * `updatePrecomputed` after a write that moved records between these customers and no record in
 * time (a merge, an unmerge): their rows are computed again, the quarter hours stay.
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
  });
}

/** The per-customer tables, of every row or of the scope's customers (each table rebuilt whole where that is cheaper: passScopes). */
async function writePrecomputed(manager: EntityManager, scoring: ScoringConfig, scope: PrecomputedScope): Promise<void> {
  if (scope.kind === 'all') await manager.query(`DROP TABLE IF EXISTS ${OLD_SCORE_TABLE}`);
  const passes = await passScopes(manager, scope);
  await refreshLeadActivity(manager, passes.perLead);
  await scoreLeadActivity(manager, scoring, passes.perLead);
  await refreshMissedCalls(manager, passes.perRecord);
  await refreshListingInquirers(manager, passes.perRecord);
}

/**
 * Shares of the customers past which a table is rebuilt whole rather than for the scope's
 * customers, on SQLite. A pass over some customers reads each of their records by index, at
 * random in the tables; a rebuild reads every record in order. Measured on the benchmark's
 * database (100,000 customers) with a weekly batch touching 14,400 of them: the missed calls
 * and the listings' inquirers took 10 s and 8 s for those customers against 2.6 s and 3 s
 * rebuilt (the crossovers near 4% and 6%); the per-lead figures 3.9 s against some 8 s (near 30%).
 */
export const REBUILD_SHARE = { perLead: 0.3, perRecord: 0.04 } as const;

/**
 * Below this many customers every pass takes milliseconds either way, and the per-customer
 * passes are what a small database uses (the oracle-backed tests' fixtures among them).
 */
export const REBUILD_MIN_CUSTOMERS = 2_000;

/**
 * Which rows each kind of table is written for: the scope, or all of them when the scope's
 * share of the customers passes its REBUILD_SHARE. On PostgreSQL and Citus always the scope:
 * the crossovers were measured on SQLite, and on Citus a rebuild lays a table out over the
 * workers again inside the writer's transaction.
 */
async function passScopes(manager: EntityManager, scope: PrecomputedScope): Promise<{ perLead: PrecomputedScope; perRecord: PrecomputedScope }> {
  if (scope.kind === 'all' || dialectOf(manager).name !== 'sqlite') return { perLead: scope, perRecord: scope };
  const [counts] = (await manager.query(`SELECT (SELECT COUNT(*) FROM ${scope.table}) AS scoped, (SELECT COUNT(*) FROM customers) AS customers`)) as {
    scoped: number;
    customers: number;
  }[];
  const customers = Number(counts?.customers ?? 0);
  const share = customers < REBUILD_MIN_CUSTOMERS ? 0 : Number(counts?.scoped ?? 0) / customers;
  const wider = (crossover: number): PrecomputedScope => (share > crossover ? ALL_ROWS : scope);
  return { perLead: wider(REBUILD_SHARE.perLead), perRecord: wider(REBUILD_SHARE.perRecord) };
}

/**
 * Whether the precomputed tables are of the data as it is now, and of this hcdm's layout (tables
 * an older hcdm wrote may lack columns the reads ask for): a read of one row each.
 */
export async function precomputedIsCurrent(manager: EntityManager): Promise<boolean> {
  const generation = await dataGeneration(manager);
  return generation.precomputed === generation.current && (await scoredInThisLayout(manager));
}
