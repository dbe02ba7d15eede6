import { ALL_TIME, formatInstant, type HcdmSettings, type TimeRange, queryNamed } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, rangeCondition, rangeParameters, SmsRecord, toNullableNumber, toNumber, whereInRange } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { findCustomerByIdOrPhone } from './customer-lookup.analysis.js';

export interface CustomerSummaryOptions {
  /** A customer id, or a phone in any spelling. */
  readonly customer: string;
  readonly settings: HcdmSettings;
  /** Over the calls', SMS' and leads' timestamps. */
  readonly range?: TimeRange;
}

export interface CustomerSummaryRow {
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly calls: number;
  readonly callSeconds: number;
  readonly sms: number;
  readonly leadsContacted: number;
  readonly listingsInquired: number;
  /** ISO in the configured zone, over calls and SMS; null when there are none. */
  readonly firstContact: string | null;
  readonly lastContact: string | null;
}

interface Activity {
  readonly count: number;
  readonly seconds: number;
  readonly first: number | null;
  readonly last: number | null;
}

/** One customer's calls, SMS, leads and listings, each counted once (no joins that multiply). */
export async function customerSummary(manager: EntityManager, options: CustomerSummaryOptions): Promise<CustomerSummaryRow> {
  const customer = await findCustomerByIdOrPhone(manager, options.customer, options.settings.defaultRegion);
  const range = options.range ?? ALL_TIME;
  const id = customer.customerId;
  const calls = await activity(manager, CallRecord, 'SUM(r.durationSeconds)', id, range);
  const sms = await activity(manager, SmsRecord, '0', id, range);
  const firsts = [calls.first, sms.first].filter((t): t is number => t !== null);
  const lasts = [calls.last, sms.last].filter((t): t is number => t !== null);
  const zone = options.settings.timeZone;
  return {
    customerId: id,
    name: customer.name,
    phone: customer.phone,
    calls: calls.count,
    callSeconds: calls.seconds,
    sms: sms.count,
    leadsContacted: await leadCount(manager, id, range),
    listingsInquired: await listingCount(manager, id, range),
    firstContact: firsts.length > 0 ? formatInstant(Math.min(...firsts), zone) : null,
    lastContact: lasts.length > 0 ? formatInstant(Math.max(...lasts), zone) : null,
  };
}

async function activity(
  manager: EntityManager,
  entity: typeof CallRecord | typeof SmsRecord,
  secondsSql: string,
  customerId: string,
  range: TimeRange,
): Promise<Activity> {
  const qb = manager
    .createQueryBuilder()
    .select('COUNT(*)', 'count')
    .addSelect(secondsSql, 'seconds')
    .addSelect('MIN(r.occurredAt)', 'first')
    .addSelect('MAX(r.occurredAt)', 'last')
    .from(entity, 'r')
    .where('r.customerId = :customerId', { customerId });
  const raw = await whereInRange(qb, 'r.occurredAt', range).getRawOne<Record<string, unknown>>();
  return {
    count: toNumber(raw?.count),
    seconds: toNumber(raw?.seconds),
    first: toNullableNumber(raw?.first),
    last: toNullableNumber(raw?.last),
  };
}

async function leadCount(manager: EntityManager, customerId: string, range: TimeRange): Promise<number> {
  const qb = manager.createQueryBuilder(Lead, 'l').where('l.customerId = :customerId', { customerId });
  return whereInRange(qb, 'l.createdAt', range).getCount();
}

/** Listings of the customer's leads plus the listings their calls and SMS came in on (the tag). */
async function listingCount(manager: EntityManager, customerId: string, range: TimeRange): Promise<number> {
  const tagged = (table: string) =>
    `SELECT property_id FROM ${table}
      WHERE customer_id = :customerId AND property_id IS NOT NULL AND ${rangeCondition('occurred_at', range)}`;
  const sql = `
    SELECT COUNT(*) AS listings FROM (
      SELECT property_id FROM leads WHERE customer_id = :customerId AND ${rangeCondition('created_at', range)}
      UNION ${tagged('calls')}
      UNION ${tagged('sms')}
    ) inquired`;
  const raw = await queryNamed<Record<string, unknown>>(manager, sql, { customerId, ...rangeParameters(range) });
  return toNumber(raw[0]?.listings);
}
