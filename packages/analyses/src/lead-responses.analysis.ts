import { ALL_TIME, formatInstant, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { fetchLeadResponses } from './lead-response.query.js';
import { precomputedUnreached } from './precomputed/lead-activity.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { isUnfiltered } from './record-filter.sql.js';

export interface LeadResponsesOptions {
  /** Over the leads' creation times; a response may fall after the range. */
  readonly range?: TimeRange;
  /** For the timestamps; UTC by default. */
  readonly timeZone?: string;
  /** Only the leads the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
}

export interface UnreachedLeadRow {
  readonly leadId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly propertyId: string;
  /** When the lead was created, ISO in the zone. */
  readonly timestamp: string;
}

export interface LeadResponseRow extends UnreachedLeadRow {
  /** The first outbound call or SMS to the customer at or after the lead; null: never reached. */
  readonly firstResponseAt: string | null;
  readonly responseSeconds: number | null;
}

/** Per lead (creation order, ties by lead id), the time to the first outbound call or SMS to its customer. */
export async function leadResponses(manager: EntityManager, options: LeadResponsesOptions = {}): Promise<LeadResponseRow[]> {
  const zone = options.timeZone ?? 'UTC';
  const filter = await resolveRecordFilter(manager, options.filter);
  const leads = await fetchLeadResponses(manager, { range: options.range, filter });
  return leads.map(({ createdAt, firstResponseAt, ...lead }) => ({
    ...lead,
    timestamp: formatInstant(createdAt, zone),
    firstResponseAt: firstResponseAt === null ? null : formatInstant(firstResponseAt, zone),
    responseSeconds: firstResponseAt === null ? null : (firstResponseAt - createdAt) / 1000,
  }));
}

/** The leads no outbound call or SMS to their customer ever followed, in creation order. */
export async function unreachedLeads(manager: EntityManager, options: LeadResponsesOptions = {}): Promise<UnreachedLeadRow[]> {
  const zone = options.timeZone ?? 'UTC';
  const range = options.range ?? ALL_TIME;
  const filter = await resolveRecordFilter(manager, options.filter);
  // First responses are precomputed at import (exact for any range: it filters leads by
  // creation); a filter reads the data.
  const leads =
    isUnfiltered(filter) && (await precomputedIsCurrent(manager))
      ? await precomputedUnreached(manager, range)
      : await fetchLeadResponses(manager, { range, unreachedOnly: true, filter });
  return leads.map(({ leadId, customerId, name, phone, propertyId, createdAt }) => ({
    leadId,
    customerId,
    name,
    phone,
    propertyId,
    timestamp: formatInstant(createdAt, zone),
  }));
}
