import { ALL_TIME, formatInstant, type TimeRange, queryNamed } from '@hcdm/core';
import type { Direction } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { rangeCondition, rangeParameters, toNumber } from '@hcdm/telecom';

export type TimelineEventType = 'call' | 'sms' | 'lead';

/** One event of a customer's timeline. */
export interface TimelineEvent {
  /** ISO in the zone. */
  readonly timestamp: string;
  readonly type: TimelineEventType;
  /** The call, SMS or lead id. */
  readonly id: string;
  /** Of a call or SMS; null for a lead. */
  readonly direction: Direction | null;
  /** `120 s answered` (a call), `42 chars` (an SMS), `lead on P17` (a lead). */
  readonly detail: string;
  /** A call's or SMS's attributed listing; a lead's own listing. */
  readonly propertyId: string | null;
  /** A call's or SMS's attributed lead; a lead's own id. */
  readonly leadId: string | null;
  /** Who handled the call or SMS, or owns the lead; null when the record names nobody. */
  readonly agent: string | null;
}

export const DEFAULT_TIMELINE_LIMIT = 20;

export interface CustomerTimelineOptions {
  /** Exactly as stored (look a phone up with findCustomerByIdOrPhone first). */
  readonly customerId: string;
  /** Over the events' timestamps. */
  readonly range?: TimeRange;
  /** For the timestamps; UTC by default. */
  readonly timeZone?: string;
  /** The latest this many events; DEFAULT_TIMELINE_LIMIT by default. */
  readonly limit?: number;
}

/**
 * A customer's latest calls, SMS and leads, newest first; events at the same instant by id,
 * then type. One statement: each table gives its own latest `limit` through its (customer,
 * time) index, so a customer with 100,000 calls reads 20 of them, and the union keeps the
 * latest `limit` of those.
 */
export async function customerTimeline(manager: EntityManager, options: CustomerTimelineOptions): Promise<TimelineEvent[]> {
  const range = options.range ?? ALL_TIME;
  const parameters = { customerId: options.customerId, limit: options.limit ?? DEFAULT_TIMELINE_LIMIT, ...rangeParameters(range) };
  const latest = (select: string, table: string, time: string, id: string) => `
    SELECT * FROM (
      SELECT ${select} FROM ${table} WHERE customer_id = :customerId AND ${rangeCondition(time, range)}
      ORDER BY ${time} DESC, ${id} ASC LIMIT :limit
    ) latest_${table}`;
  const sql = `
    ${latest(`'call' AS type, call_id AS id, occurred_at AS at, direction, status, duration_seconds AS amount,
              attributed_property_id AS property_id, attributed_lead_id AS lead_id, agent`, 'calls', 'occurred_at', 'call_id')}
    UNION ALL
    ${latest(`'sms', sms_id, occurred_at, direction, NULL, message_length, attributed_property_id, attributed_lead_id, agent`, 'sms', 'occurred_at', 'sms_id')}
    UNION ALL
    ${latest(`'lead', lead_id, created_at, NULL, NULL, CAST(NULL AS integer), property_id, lead_id, agent`, 'leads', 'created_at', 'lead_id')}
    ORDER BY at DESC, id ASC, type ASC
    LIMIT :limit`;
  const raw = await queryNamed<Record<string, unknown>>(manager, sql, parameters);
  return raw.map((row) => toEvent(row, options.timeZone ?? 'UTC'));
}

function toEvent(row: Record<string, unknown>, timeZone: string): TimelineEvent {
  const type = String(row.type) as TimelineEventType;
  const propertyId = row.property_id === null ? null : String(row.property_id);
  return {
    timestamp: formatInstant(toNumber(row.at), timeZone),
    type,
    id: String(row.id),
    direction: row.direction === null ? null : (String(row.direction) as Direction),
    detail: describe(type, row, propertyId),
    propertyId,
    leadId: row.lead_id === null ? null : String(row.lead_id),
    agent: row.agent === null || row.agent === undefined ? null : String(row.agent),
  };
}

function describe(type: TimelineEventType, row: Record<string, unknown>, propertyId: string | null): string {
  if (type === 'call') return `${toNumber(row.amount)} s ${String(row.status)}`;
  if (type === 'sms') return `${toNumber(row.amount)} chars`;
  return `lead on ${propertyId ?? '-'}`;
}
