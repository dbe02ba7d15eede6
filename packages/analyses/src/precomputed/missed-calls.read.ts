import { type TimeRange, queryNamed } from '@hcdm/core';
import { rangeCondition, rangeParameters, toNullableNumber, toNumber, type MissedCall } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { MISSED_CALLS_TABLE } from './missed-calls.table.js';

const HOUR_MS = 3_600_000;

/**
 * The missed calls (inbound and not answered, as `@hcdm/telecom`'s rule) in `range`, in time order
 * (ties by call id), each returned when its first return came within `windowHours`; with
 * `unreturnedOnly` only the others. Off the precomputed table, whose currency the caller checked.
 */
export async function precomputedMissedCalls(
  manager: EntityManager,
  options: { readonly range: TimeRange; readonly windowHours: number; readonly unreturnedOnly: boolean },
): Promise<MissedCall[]> {
  const windowMs = options.windowHours * HOUR_MS;
  const unreturned = options.unreturnedOnly ? ' AND (return_ms IS NULL OR return_ms > :windowMs)' : '';
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT call_id, customer_id, name, phone, occurred_at, return_ms FROM ${MISSED_CALLS_TABLE}
      WHERE ${rangeCondition('occurred_at', options.range)}${unreturned}
      ORDER BY occurred_at ASC, call_id ASC`,
    { ...rangeParameters(options.range), ...(options.unreturnedOnly ? { windowMs } : {}) },
  );
  return rows.map((raw) => {
    const occurredAt = toNumber(raw.occurred_at);
    const returnMs = toNullableNumber(raw.return_ms);
    return {
      callId: String(raw.call_id),
      customerId: String(raw.customer_id),
      name: String(raw.name),
      phone: String(raw.phone),
      occurredAt: new Date(occurredAt),
      returnedAt: returnMs !== null && returnMs <= windowMs ? new Date(occurredAt + returnMs) : null,
    };
  });
}
