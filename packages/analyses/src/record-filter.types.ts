/** What a ranking can be narrowed to: a lead source, a listing location, an agent. */
export type FilterDimension = 'source' | 'location' | 'agent';

/** In the order the command language writes them. */
export const FILTER_DIMENSIONS: readonly FilterDimension[] = ['source', 'location', 'agent'];

/**
 * A ranking's filter as written (`for source website and location Andheri and agent Priya`): each value is
 * matched against the stored values ignoring case and runs of spaces. Dimensions left out
 * keep everything. What each keeps is in the README ("Filters").
 */
export type RecordFilter = Partial<Readonly<Record<FilterDimension, string>>>;

/**
 * A filter matched against the data: per dimension, the stored spellings it keeps (one value
 * may be stored as `Website` and `website`), or null where it keeps everything.
 */
export type ResolvedFilter = Readonly<Record<FilterDimension, readonly string[] | null>>;

export const NO_FILTER: ResolvedFilter = { source: null, location: null, agent: null };
