import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '../dialect/dialect.chooser.js';
import type { TableLayout } from '../dialect/dialect.js';

/**
 * hcdm's tables over the nodes of an engine that spreads them (Citus; nothing elsewhere). Split
 * by customer: a customer, their leads, calls and SMS on one node, so attribution, the
 * per-customer summary and the per-lead counts run on each node alone. Copied to every node:
 * the listings and tracking numbers every record's listing is looked up in, and the merges'
 * aliases (few rows, and re-pointed from customer to customer by merges). The precomputed
 * per-customer tables are not made here: their full rebuild places each with `customers`
 * (@hcdm/analyses, customer-placement.ts). A database made before this
 * migration (or on PostgreSQL before `CREATE EXTENSION citus`) is spread, rows and all, when it
 * is next opened. Here in core, beside the dialect, though it names the tables of every
 * package: a package's own tests migrate a part of the schema and add this last, and the
 * tables they do not make are left out.
 */
export const HCDM_TABLE_LAYOUT: TableLayout = {
  distributionColumn: 'customer_id',
  split: ['customers', 'leads', 'calls', 'sms'],
  copied: ['listings', 'tracking_numbers', 'customer_aliases', 'customer_alias_moves'],
};

export class DistributedTables1764000000040 implements MigrationInterface {
  name = 'DistributedTables1764000000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dialectOf(queryRunner).distribute(queryRunner, HCDM_TABLE_LAYOUT);
  }

  /** Left spread: undoing it (undistribute_table) would gather every row back onto the coordinator. */
  async down(): Promise<void> {}
}
