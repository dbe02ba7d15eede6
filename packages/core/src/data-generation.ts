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
