import type { TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord, toNullableNumber, toNumber, whereInRange } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { firstResponse } from '../lead-response.query.js';
import { filterParameters, isUnfiltered, leadEntityColumns, leadFilterCondition } from '../record-filter.sql.js';
import type { ResolvedFilter } from '../record-filter.types.js';

/** A lead with an owner, when it came in and when its customer was first reached (epoch ms; null: never). */
export interface OwnedLead {
  readonly agent: string;
  readonly createdAt: number;
  readonly firstResponseAt: number | null;
}

export interface OwnedLeadsOptions {
  /** Over the leads' creation times; a response may fall after the range. */
  readonly range: TimeRange;
  /** One agent's leads only (the (agent, time) index); every owned lead when absent. */
  readonly agent?: string;
  /** Only the leads the filter keeps (README "Filters"). */
  readonly filter?: ResolvedFilter;
}

/**
 * The leads created in the range that have an agent, each with its first response as `show speed
 * to lead` defines it: the first outbound call or SMS to its customer at or after it, whoever made
 * it (the same correlated lookup on the (customer, time) index). One statement.
 */
export async function fetchOwnedLeads(manager: EntityManager, options: OwnedLeadsOptions): Promise<OwnedLead[]> {
  const qb = manager
    .createQueryBuilder()
    .select('l.agent', 'agent')
    .addSelect('l.createdAt', 'created_at')
    .addSelect((first) => firstResponse(first, CallRecord), 'call_response')
    .addSelect((first) => firstResponse(first, SmsRecord), 'sms_response')
    .from(Lead, 'l')
    .where('l.agent IS NOT NULL')
    .setParameter('outbound', 'outbound');
  if (options.agent !== undefined) qb.andWhere('l.agent = :agent', { agent: options.agent });
  if (options.filter && !isUnfiltered(options.filter)) {
    qb.andWhere(leadFilterCondition(options.filter, leadEntityColumns('l')), filterParameters(options.filter));
  }
  const raw = await whereInRange(qb, 'l.createdAt', options.range).getRawMany<Record<string, unknown>>();
  return raw.map((row) => {
    const responses = [toNullableNumber(row.call_response), toNullableNumber(row.sms_response)].filter((t): t is number => t !== null);
    return { agent: String(row.agent), createdAt: toNumber(row.created_at), firstResponseAt: responses.length > 0 ? Math.min(...responses) : null };
  });
}
