import { dialectOf, HCDM_TABLE_LAYOUT } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/** The table the precomputed per-customer tables are placed with: the one hcdm's split tables are placed with. */
const CUSTOMERS = HCDM_TABLE_LAYOUT.split[0]!;

/**
 * Places a precomputed per-customer table just made, still empty, beside its customers' own
 * rows: on Citus split by `customer_id` and colocated with `customers`, so its rows are built,
 * updated and read on each node; nothing on an engine of one machine. Its key must hold
 * `customer_id` there (the dialect makes it so). Inside the rebuild's transaction, which the
 * placement is part of: a failed rebuild leaves no table half placed.
 */
export async function placeWithCustomers(manager: EntityManager, table: string): Promise<void> {
  if (manager.queryRunner === undefined) throw new Error(`placeWithCustomers(${table}): needs the manager of a transaction`);
  await dialectOf(manager).distribute(manager.queryRunner, { distributionColumn: HCDM_TABLE_LAYOUT.distributionColumn, split: [table], copied: [], colocateWith: CUSTOMERS });
}

/**
 * Whether `table` is placed as a rebuild places it (always, but on Citus): one an older hcdm
 * built on the coordinator is only updated in place by the writes after, so it is rebuilt instead.
 */
export function isPlacedWithCustomers(manager: EntityManager, table: string): Promise<boolean> {
  return dialectOf(manager).isPlacedLike(manager, table, CUSTOMERS);
}
