import { dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/** The table the precomputed per-customer tables are placed with. */
const CUSTOMERS = 'customers';

/**
 * Places a precomputed per-customer table just made, still empty, beside its customers' own
 * rows: on Citus split by `customer_id` and colocated with `customers`, so its rows are built,
 * updated and read on each node; nothing on an engine of one machine. Its key must hold
 * `customer_id` there (the dialect makes it so).
 */
export async function placeWithCustomers(manager: EntityManager, table: string): Promise<void> {
  const layout = { distributionColumn: 'customer_id', split: [table], copied: [], colocateWith: CUSTOMERS };
  if (manager.queryRunner !== undefined) return dialectOf(manager).distribute(manager.queryRunner, layout);
  const queryRunner = manager.connection.createQueryRunner();
  try {
    await dialectOf(manager).distribute(queryRunner, layout);
  } finally {
    await queryRunner.release();
  }
}
