import { ALL_TIME, Customer, type TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord, toNullableNumber, toNumber, whereInRange } from '@hcdm/telecom';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { filterParameters, isUnfiltered, leadEntityColumns, leadFilterCondition } from './record-filter.sql.js';
import { NO_FILTER, type ResolvedFilter } from './record-filter.types.js';
import { readLeadDetails } from './scoring/lead-details.sql.js';

/** A lead and the first outbound call or SMS to its customer at or after it (epoch ms; null: never). */
export interface LeadResponse {
  readonly leadId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly propertyId: string;
  readonly createdAt: number;
  readonly firstResponseAt: number | null;
}

type Builder = SelectQueryBuilder<object>;

/**
 * The leads created in `range`, in creation order (ties by lead id), each with its first
 * response: the earliest outbound call or SMS to the lead's customer at or after the lead's
 * time, however much later, found by a correlated lookup on the (customer, time) index. One
 * statement; with `unreachedOnly`, only the leads no outbound record ever followed; with a
 * filter, only the leads it keeps (the response counts whoever made it).
 */
export async function fetchLeadResponses(
  manager: EntityManager,
  options: { readonly range?: TimeRange; readonly unreachedOnly?: boolean; readonly filter?: ResolvedFilter } = {},
): Promise<LeadResponse[]> {
  const qb = manager
    .createQueryBuilder()
    .select('r.*')
    .from((sub) => leadsWithResponses(sub, options.range ?? ALL_TIME, options.filter ?? NO_FILTER), 'r');
  if (options.unreachedOnly) qb.where('r.call_response IS NULL AND r.sms_response IS NULL');
  const raw = await qb.orderBy('r.created_at', 'ASC').addOrderBy('r.lead_id', 'ASC').getRawMany<Record<string, unknown>>();
  return raw.map(toResponse);
}

function leadsWithResponses(sub: Builder, range: TimeRange, filter: ResolvedFilter): Builder {
  const qb = sub
    .select('l.leadId', 'lead_id')
    .addSelect('l.customerId', 'customer_id')
    .addSelect('cu.name', 'name')
    .addSelect('cu.phone', 'phone')
    .addSelect('l.propertyId', 'property_id')
    .addSelect('l.createdAt', 'created_at')
    .addSelect((first) => firstResponse(first, CallRecord), 'call_response')
    .addSelect((first) => firstResponse(first, SmsRecord), 'sms_response')
    .from(Lead, 'l')
    .innerJoin(Customer, 'cu', 'cu.customerId = l.customerId')
    .setParameter('outbound', 'outbound');
  if (!isUnfiltered(filter)) qb.andWhere(leadFilterCondition(filter, leadEntityColumns('l')), filterParameters(filter));
  return whereInRange(qb, 'l.createdAt', range);
}

/**
 * The earliest outbound record of `entity` to the outer lead `l`'s customer at or after the lead
 * (column names; the outer query sets the `outbound` parameter): the one definition of a lead's
 * first response, which the agents' speed to lead reads too.
 */
export function firstResponse(sub: Builder, entity: typeof CallRecord | typeof SmsRecord): Builder {
  // ORDER BY ... LIMIT 1 rather than MIN: the index scan stops at the first outbound record.
  return sub
    .select('o.occurredAt')
    .from(entity, 'o')
    .where('o.customerId = l.customer_id')
    .andWhere('o.direction = :outbound')
    .andWhere('o.occurredAt >= l.created_at')
    .orderBy('o.occurredAt', 'ASC')
    .limit(1);
}

function toResponse(raw: Record<string, unknown>): LeadResponse {
  const responses = [toNullableNumber(raw.call_response), toNullableNumber(raw.sms_response)].filter((t): t is number => t !== null);
  return {
    ...readLeadDetails(raw),
    createdAt: toNumber(raw.created_at),
    firstResponseAt: responses.length > 0 ? Math.min(...responses) : null,
  };
}
