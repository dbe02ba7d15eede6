import { NotFoundError } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { filterValuesOf } from './filter-values.analysis.js';
import { FILTER_DIMENSIONS, NO_FILTER, type FilterDimension, type RecordFilter, type ResolvedFilter } from './record-filter.types.js';

/** How many stored values an unknown filter value's error lists. */
const LISTED_VALUES = 10;

/** What the error says has none of the value, and what the values are called, per dimension. */
const WORDING: Record<FilterDimension, { readonly nothingHas: string; readonly plural: string }> = {
  source: { nothingHas: 'no lead has source', plural: 'sources' },
  location: { nothingHas: 'no listing is in location', plural: 'locations' },
  agent: { nothingHas: 'no lead, call or SMS has agent', plural: 'agents' },
};

/**
 * Matches each written value against the stored ones (ignoring case and runs of spaces, so
 * `for location navi mumbai` finds `Navi Mumbai`), in TypeScript, so both engines match alike
 * whatever their collation. A value nothing in the data has is a NotFoundError listing the
 * values there are: a typo must not pass as an empty ranking.
 */
export async function resolveRecordFilter(manager: EntityManager, filter: RecordFilter | undefined): Promise<ResolvedFilter> {
  if (filter === undefined) return NO_FILTER;
  const resolved: Record<FilterDimension, readonly string[] | null> = { ...NO_FILTER };
  for (const dimension of FILTER_DIMENSIONS) {
    const written = filter[dimension];
    if (written === undefined) continue;
    const stored = await filterValuesOf(manager, dimension);
    const matching = stored.filter((value) => sameValue(value, written));
    if (matching.length === 0) throw new NotFoundError(unknownValueMessage(dimension, written, stored));
    resolved[dimension] = matching;
  }
  return resolved;
}

/** Whether two spellings name the same value: case and runs of spaces aside. */
export function sameValue(a: string, b: string): boolean {
  return normalized(a) === normalized(b);
}

function normalized(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function unknownValueMessage(dimension: FilterDimension, written: string, stored: readonly string[]): string {
  const { nothingHas, plural } = WORDING[dimension];
  if (stored.length === 0) return `${nothingHas} "${written}" (there are no ${plural})`;
  const listed = stored.slice(0, LISTED_VALUES).join(', ');
  const more = stored.length > LISTED_VALUES ? `, ... ${stored.length - LISTED_VALUES} more` : '';
  return `${nothingHas} "${written}" (${plural}: ${listed}${more})`;
}
