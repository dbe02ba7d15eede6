import { Lead, Listing } from '@hcdm/property';
import type { EntityManager } from 'typeorm';
import { compareIds } from './id-order.js';
import type { FilterDimension } from './record-filter.types.js';

/** Every value a filter can take, as stored: what the menu offers and what a filter is matched against. */
export type FilterValues = Readonly<Record<FilterDimension, readonly string[]>>;

/** Where each dimension's values are stored: the lead's source, the listing's location. */
const COLUMNS: Record<FilterDimension, { readonly entity: typeof Lead | typeof Listing; readonly column: string }> = {
  source: { entity: Lead, column: 'source' },
  location: { entity: Listing, column: 'location' },
};

/** The distinct stored values of one dimension (empty and missing ones left out), in code-unit order. */
export async function filterValuesOf(manager: EntityManager, dimension: FilterDimension): Promise<string[]> {
  const { entity, column } = COLUMNS[dimension];
  const raw = await manager
    .createQueryBuilder()
    .select(`v.${column}`, 'value')
    .distinct(true)
    .from(entity, 'v')
    .where(`v.${column} IS NOT NULL`)
    .getRawMany<{ value: unknown }>();
  return raw
    .map((row) => String(row.value))
    .filter((value) => value.trim() !== '')
    .sort(compareIds);
}

/** The distinct stored values of every dimension. */
export async function filterValues(manager: EntityManager): Promise<FilterValues> {
  return { source: await filterValuesOf(manager, 'source'), location: await filterValuesOf(manager, 'location') };
}
