import { FILTER_DIMENSIONS, type FilterDimension, type HcdmDatabase, type RecordFilter } from '@hcdm/analytics';
import type { PeriodSpec } from '@hcdm/core';
import { askSelect, type Choice } from './ask.prompts.js';
import { ALL_TIME, askBounds, CHOICES } from './period.prompt.js';

/** What a ranking or summary counts: its period, and (where it takes them) filters and the comparison. */
export interface AskedScope {
  readonly period: PeriodSpec | null;
  readonly filters?: RecordFilter;
  readonly compare?: boolean;
}

/** What an entry's command takes besides a period. */
export interface ScopeOptions {
  /** `for source|location|agent ...` (the rankings). */
  readonly filters?: boolean;
  /** `compared with previous period` (rankings and summaries). */
  readonly compare?: boolean;
  /** No "All time" (new vs repeat callers). */
  readonly periodRequired?: boolean;
}

const COMPARED = [
  { name: 'Last N days, compared with the N days before', value: 'last-days-compared', description: 'each figure beside the previous period’s, and the change' },
  { name: 'From one date to another, compared with as many days before', value: 'between-compared', description: 'each figure beside the previous period’s, and the change' },
] as const;
const FILTER = { name: 'Filter by source, location or agent first…', value: 'filter', description: 'count only part of the data; the period is asked again after' } as const;

const DIMENSION_NAMES: Record<FilterDimension, string> = { source: 'Source', location: 'Location', agent: 'Agent' };

/**
 * The period prompt of an entry whose command takes filters or the comparison: the usual
 * choices first (so the common path is the one question it always was), then the compared
 * periods, then "Filter…", which asks the filters from the values in the data and comes back
 * to the period.
 */
export async function askScope(db: Pick<HcdmDatabase, 'filterValues'>, options: ScopeOptions): Promise<AskedScope> {
  let filters: RecordFilter = {};
  for (;;) {
    const filtered = Object.keys(filters).length > 0;
    const choices = [
      ...(options.periodRequired ? [] : [ALL_TIME]),
      ...CHOICES,
      ...(options.compare ? COMPARED : []),
      ...(options.filters && !filtered ? [FILTER] : []),
    ];
    const described = Object.entries(filters).map(([dimension, value]) => `${dimension} ${value}`);
    const choice = await askSelect(filtered ? `Period (for ${described.join(', ')})` : 'Period', choices);
    if (choice === 'filter') {
      filters = await askFilters(db);
      continue;
    }
    const compare = choice === 'last-days-compared' || choice === 'between-compared';
    const period = choice === 'all' ? null : await askBounds(choice === 'last-days-compared' ? 'last-days' : choice === 'between-compared' ? 'between' : choice);
    return { period, ...(filtered ? { filters } : {}), ...(compare ? { compare } : {}) };
  }
}

/** One filter after another, each value chosen among those stored, until "No more filters" or none is left. */
async function askFilters(db: Pick<HcdmDatabase, 'filterValues'>): Promise<RecordFilter> {
  const values = await db.filterValues();
  const filters: Partial<Record<FilterDimension, string>> = {};
  let left = FILTER_DIMENSIONS.filter((dimension) => values[dimension].length > 0);
  while (left.length > 0) {
    const first = Object.keys(filters).length === 0;
    const choices: Choice<FilterDimension | 'done'>[] = [
      ...left.map((dimension) => ({ name: DIMENSION_NAMES[dimension], value: dimension, description: `${values[dimension].length} in the data` })),
      { name: first ? 'No filter' : 'No more filters', value: 'done' },
    ];
    const dimension = await askSelect(first ? 'Filter by' : 'Another filter?', choices);
    if (dimension === 'done') break;
    filters[dimension] = await askSelect(`Which ${dimension}?`, values[dimension].map((value) => ({ name: value, value })));
    left = left.filter((other) => other !== dimension);
  }
  return filters;
}
