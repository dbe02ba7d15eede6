import type { ResolvedFilter } from './record-filter.types.js';

/**
 * The SQL conditions of a resolved filter, one per kind of row an analysis counts, with the
 * named parameters of {@link filterParameters}. The meaning is defined once, here (README
 * "Filters"): `source` keeps the leads of that source and the calls and SMS attributed to
 * them; `location` keeps the listings there, the leads on them and the calls and SMS
 * attributed to them; `agent` keeps what is the agent's own: the leads they own and the calls
 * and SMS they handled. Column arguments are constants of the calling query, never input.
 * Every condition is '1 = 1' where the filter keeps everything, so callers need no branch.
 */

/** The columns of a call or SMS a filter looks at: its attributed lead and listing, and who handled it. */
export interface RecordColumns {
  readonly lead: string;
  readonly listing: string;
  readonly agent: string;
}

/** The columns of a lead a filter looks at: its source, listing and owner. */
export interface LeadColumns {
  readonly source: string;
  readonly listing: string;
  readonly agent: string;
}

/** The columns of the calls and sms tables, for SQL written over them unaliased. */
export const RECORD_TABLE_COLUMNS: RecordColumns = { lead: 'attributed_lead_id', listing: 'attributed_property_id', agent: 'agent' };

/** The columns of the leads table, for SQL written over it unaliased. */
export const LEAD_TABLE_COLUMNS: LeadColumns = { source: 'source', listing: 'property_id', agent: 'agent' };

/** The properties of a CallRecord or SmsRecord `alias` of a query builder. */
export function recordEntityColumns(alias: string): RecordColumns {
  return { lead: `${alias}.attributedLeadId`, listing: `${alias}.attributedPropertyId`, agent: `${alias}.agent` };
}

/** The properties of a Lead `alias` of a query builder. */
export function leadEntityColumns(alias: string): LeadColumns {
  return { source: `${alias}.source`, listing: `${alias}.propertyId`, agent: `${alias}.agent` };
}

const SOURCE_LEADS = 'SELECT f_lead.lead_id FROM leads f_lead WHERE f_lead.source IN (:...filterSource)';
const LOCATION_LISTINGS = 'SELECT f_listing.property_id FROM listings f_listing WHERE f_listing.location IN (:...filterLocation)';

/** A call or SMS is kept when its attributed lead has the source, its attributed listing the location, and the agent handled it. */
export function recordFilterCondition(filter: ResolvedFilter, columns: RecordColumns): string {
  return joined([
    filter.source && `${columns.lead} IN (${SOURCE_LEADS})`,
    filter.location && `${columns.listing} IN (${LOCATION_LISTINGS})`,
    filter.agent && `${columns.agent} IN (:...filterAgent)`,
  ]);
}

/** A lead is kept when it has the source, its listing is in the location, and the agent owns it. */
export function leadFilterCondition(filter: ResolvedFilter, columns: LeadColumns): string {
  return joined([
    filter.source && `${columns.source} IN (:...filterSource)`,
    filter.location && `${columns.listing} IN (${LOCATION_LISTINGS})`,
    filter.agent && `${columns.agent} IN (:...filterAgent)`,
  ]);
}

/** A listing is kept when it is in the location (a source or an agent narrows what is counted on it, not the listings). */
export function listingFilterCondition(filter: ResolvedFilter, location: string): string {
  return joined([filter.location && `${location} IN (:...filterLocation)`]);
}

/** The parameters the conditions refer to. */
export function filterParameters(filter: ResolvedFilter): Record<string, readonly string[]> {
  const parameters: Record<string, readonly string[]> = {};
  if (filter.source) parameters.filterSource = filter.source;
  if (filter.location) parameters.filterLocation = filter.location;
  if (filter.agent) parameters.filterAgent = filter.agent;
  return parameters;
}

/** True when the filter keeps everything, so a caller may keep its plainer statement. */
export function isUnfiltered(filter: ResolvedFilter): boolean {
  return filter.source === null && filter.location === null && filter.agent === null;
}

function joined(parts: readonly (string | null | false)[]): string {
  const conditions = parts.filter((part): part is string => typeof part === 'string');
  return conditions.length === 0 ? '1 = 1' : conditions.join(' AND ');
}
