import { dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/**
 * SQLite's page cache (KiB) while the figures are computed: a write's customers' rows are read
 * by index, scattered over the tables, and SQLite's default 2 MB cache read most pages again
 * from the file (14,000 customers of 100,000: about 21 s with it, 8 s with 128 MB); a full
 * build looks up each lead's first response by index (its precomputed part 14 s with the
 * default, 10 s with this). The cache grows only as pages are read; an import peaks at some
 * 250 MB with it (bench/RESULTS.md), where a larger one would add to that.
 */
const CACHE_KIB = 32_768;

/** Runs `work` with the larger page cache on SQLite (the connection's own put back after); as it is elsewhere. */
export async function withLargerPageCache<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  if (dialectOf(manager).name !== 'sqlite') return work();
  const [row] = (await manager.query('PRAGMA cache_size')) as { cache_size: number | string }[];
  const previous = Number(row?.cache_size ?? 0);
  // Negative: KiB. A cache set as large or larger already is left as it is.
  if (previous <= -CACHE_KIB) return work();
  await manager.query(`PRAGMA cache_size = -${CACHE_KIB}`);
  try {
    return await work();
  } finally {
    await manager.query(`PRAGMA cache_size = ${previous}`);
  }
}
