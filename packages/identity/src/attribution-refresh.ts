import { dialectOf, markDataChanged, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/**
 * The attribution rule's refresh, as `@hcdm/attribution`'s `refreshAttribution` is: pass that.
 * It is an argument rather than an import because the schema lists this package's table and
 * attribution's tests build on the schema, so this package must sit below attribution.
 */
export type AttributionRefresh = (manager: EntityManager, scope: { readonly kind: 'customers-in-table'; readonly table: string }) => Promise<void>;

const MERGED_CUSTOMERS = 'hcdm_merged_customers';

/** Re-attributes the calls and SMS of these customers, whose leads a merge or unmerge moved. */
export async function refreshAttributionOf(manager: EntityManager, customerIds: readonly string[], refresh: AttributionRefresh): Promise<void> {
  const dialect = dialectOf(manager);
  const table = dialect.tempTableName(MERGED_CUSTOMERS);
  await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await manager.query(`CREATE TEMP TABLE ${MERGED_CUSTOMERS} (customer_id ${dialect.textColumnType} PRIMARY KEY)`);
  await queryNamed(manager, `INSERT INTO ${MERGED_CUSTOMERS} (customer_id) SELECT c.customer_id FROM customers c WHERE c.customer_id IN (:...ids)`, {
    ids: customerIds,
  });
  await refresh(manager, { kind: 'customers-in-table', table: MERGED_CUSTOMERS });
  await manager.query(`DROP TABLE ${table}`);
  // A merge or unmerge moved records: what analyses precomputed is stale.
  await markDataChanged(manager);
}
