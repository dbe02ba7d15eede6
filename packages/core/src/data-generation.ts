import type { EntityManager } from 'typeorm';

/**
 * Counts a write that changed customers, listings, leads, calls, SMS, tracking numbers or
 * aliases: every writer calls this in its own transaction (the import, merge, unmerge), so what
 * was precomputed from an older generation is known to be stale.
 */
export async function markDataChanged(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE data_generation SET generation = generation + 1 WHERE id = 1`);
}

export interface DataGeneration {
  /** Writes that changed the data so far (0 for a database nothing was written to). */
  readonly current: number;
  /** The generation the precomputed figures were built from; null when never built. */
  readonly precomputed: number | null;
}

/** The data's generation and the one its precomputed figures are of: one read of one row. */
export async function dataGeneration(manager: EntityManager): Promise<DataGeneration> {
  const rows = (await manager.query(`SELECT generation, precomputed_generation FROM data_generation WHERE id = 1`)) as Record<string, unknown>[];
  const row = rows[0];
  const precomputed = row?.precomputed_generation;
  return { current: Number(row?.generation ?? 0), precomputed: precomputed === null || precomputed === undefined ? null : Number(precomputed) };
}

/**
 * The first statement of a transaction that rebuilds the precomputed figures: they will be of the
 * current generation. The row stays locked to the commit, so a writer's `markDataChanged` waits
 * for the rebuild (PostgreSQL), and what the rebuild reads is that generation's data.
 */
export async function claimPrecomputedGeneration(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE data_generation SET precomputed_generation = generation WHERE id = 1`);
}

/** The earliest and latest instant (epoch ms, both counted) of the records a write inserted, changed or moved, in one table. */
export interface InstantSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * What one write changed, for whoever keeps figures derived from the data (hcdm's precomputed
 * tables): the import hands it to its `onChanged`, `@hcdm/analyses` updates its tables from it.
 */
export interface DataChanges {
  /**
   * A one-column `customer_id` table (temporary, the transaction's) of every customer the write
   * wrote a row of, moved a row from or to, or whose calls and SMS it attributed again.
   */
  readonly customersTable: string;
  /** Per table, the span of the instants of the calls or SMS it wrote (both before and after an update); none: it wrote none. */
  readonly instants: Readonly<Partial<Record<'calls' | 'sms', InstantSpan>>>;
  /** The write's change log (change-log.ts: each change's customer, instant and listing counts), where the engine keeps one. */
  readonly changeLog?: string;
}
