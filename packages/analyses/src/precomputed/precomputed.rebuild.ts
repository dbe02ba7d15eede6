import { claimPrecomputedGeneration, dataGeneration } from '@hcdm/core';
import { latestActivity } from '../latest-activity.analysis.js';
import type { ScoringConfig } from '../scoring/scoring.config.js';
import { buildLeadScoreTables } from './lead-score.table.js';
import type { EntityManager } from 'typeorm';
import { buildLeadActivityTable } from './lead-activity.table.js';
import { buildMissedCallsTable } from './missed-calls.table.js';
import { buildListingInquirersTable } from './listing-inquirers.table.js';
import { buildQuarterHoursTable } from './quarter-hours.table.js';

/**
 * Rebuilds every precomputed table from the data, in one transaction that first claims the
 * data's current generation (so a write committed meanwhile makes them stale again, never wrong).
 * `@hcdm/analytics` calls it after each import, merge and unmerge that changed something, and on
 * querying a writable database whose figures are stale. Scores are stored under `scoring` and
 * `now` (epoch ms; by default the latest timestamp in the data, as `scoreLeads` takes it).
 */
export async function rebuildPrecomputed(manager: EntityManager, options: { readonly scoring: ScoringConfig; readonly now?: number }): Promise<void> {
  await manager.transaction(async (tx) => {
    await claimPrecomputedGeneration(tx);
    await buildLeadActivityTable(tx);
    await buildMissedCallsTable(tx);
    await buildListingInquirersTable(tx);
    await buildQuarterHoursTable(tx);
    await buildLeadScoreTables(tx, options.scoring, options.now ?? (await latestActivity(tx)) ?? 0);
  });
}

/** Whether the precomputed tables are of the data as it is now: one read of one row. */
export async function precomputedIsCurrent(manager: EntityManager): Promise<boolean> {
  const generation = await dataGeneration(manager);
  return generation.precomputed === generation.current;
}
