import type { FilterDimension, RecordFilter } from '@hcdm/analyses';
import type { RuleMatch } from './rule.types.js';

/**
 * What a query of a rule that takes filters or the comparison carries besides its own fields.
 * Both are left out when not given, so a query without them is exactly what it was before
 * filters existed (and programs that build queries as data need not name them).
 */
export interface QuerySuffixes {
  /** `for source X`, `for location L`, `for agent A` (README "Filters and comparisons"). */
  readonly filters?: RecordFilter;
  /** `compared with previous period`; only with a period. */
  readonly compare?: boolean;
}

/**
 * The filters every ranking takes (a rule lists its own in `filters`; these mean the same in
 * every analysis, README "Filters and comparisons").
 */
export const RANKING_FILTERS: readonly FilterDimension[] = ['source', 'location', 'agent'];

/** The filters and comparison of a match as a query holds them: present only when given. */
export function suffixesOf(match: Pick<RuleMatch, 'filters' | 'compare'>): QuerySuffixes {
  return {
    ...(Object.keys(match.filters).length > 0 ? { filters: match.filters } : {}),
    ...(match.compare ? { compare: true } : {}),
  };
}

/** The filters as a title writes them, with a leading space: ` for source website, location Andheri`; '' for none. */
export function describeFilters(filters: RecordFilter | undefined): string {
  const parts = Object.entries(filters ?? {}).map(([dimension, value]) => `${dimension} ${value}`);
  return parts.length === 0 ? '' : ` for ${parts.join(', ')}`;
}
