import { Lead, Listing } from '@hcdm/property';
import { CallRecord, SmsRecord } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { compareIds } from './id-order.js';
import type { FilterDimension } from './record-filter.types.js';

/** Every value a filter can take, as stored: what the menu offers and what a filter is matched against. */
export type FilterValues = Readonly<Record<FilterDimension, readonly string[]>>;

type Stored = { readonly entity: typeof Lead | typeof Listing | typeof CallRecord | typeof SmsRecord; readonly column: string };

/** Where each dimension's values are stored: the lead's source, the listing's location, the agent of a lead, call or SMS. */
const COLUMNS: Record<FilterDimension, readonly Stored[]> = {
  source: [{ entity: Lead, column: 'source' }],
  location: [{ entity: Listing, column: 'location' }],
  agent: [
    { entity: Lead, column: 'agent' },
    { entity: CallRecord, column: 'agent' },
    { entity: SmsRecord, column: 'agent' },
  ],
};

/** The distinct stored values of one dimension (empty and missing ones left out), in code-unit order. */
export async function filterValuesOf(manager: EntityManager, dimension: FilterDimension): Promise<string[]> {
  const values = new Set<string>();
  // Each table's distinct values come off its (value, time) or value index.
  for (const { entity, column } of COLUMNS[dimension]) {
    const raw = await manager
      .createQueryBuilder()
      .select(`v.${column}`, 'value')
      .distinct(true)
      .from(entity, 'v')
      .where(`v.${column} IS NOT NULL`)
      .getRawMany<{ value: unknown }>();
    for (const row of raw) if (String(row.value).trim() !== '') values.add(String(row.value));
  }
  return [...values].sort(compareIds);
}

/** The distinct stored values of every dimension. */
export async function filterValues(manager: EntityManager): Promise<FilterValues> {
  return {
    source: await filterValuesOf(manager, 'source'),
    location: await filterValuesOf(manager, 'location'),
    agent: await filterValuesOf(manager, 'agent'),
  };
}
