import { type TimeRange, queryNamed } from '@hcdm/core';
import { rangeCondition, rangeParameters, toNullableNumber, toNumber, type AgentMissedCalls, type MissedCall } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { MISSED_CALLS_TABLE } from './missed-calls.table.js';

const HOUR_MS = 3_600_000;

/** A stored missed call not returned within the window `:windowMs`: never, or later. */
const UNRETURNED = 'return_ms IS NULL OR return_ms > :windowMs';

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
  const unreturned = options.unreturnedOnly ? ` AND (${UNRETURNED})` : '';
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

/**
 * Per agent named on a missed call in `range` (or `agent` alone), their missed calls and those
 * not returned within `windowHours`, as `@hcdm/telecom`'s countMissedCallsByAgent counts them:
 * grouped on the precomputed table, whose currency the caller checked. Agents in no given order.
 */
export async function precomputedMissedCallsByAgent(
  manager: EntityManager,
  options: { readonly range: TimeRange; readonly windowHours: number; readonly agent?: string },
): Promise<AgentMissedCalls[]> {
  const ofAgent = options.agent === undefined ? 'agent IS NOT NULL' : 'agent = :agent';
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT agent, COUNT(*) AS missed, SUM(CASE WHEN ${UNRETURNED} THEN 1 ELSE 0 END) AS unreturned
      FROM ${MISSED_CALLS_TABLE} WHERE ${ofAgent} AND ${rangeCondition('occurred_at', options.range)} GROUP BY agent`,
    { ...rangeParameters(options.range), windowMs: options.windowHours * HOUR_MS, ...(options.agent === undefined ? {} : { agent: options.agent }) },
  );
  return rows.map((row) => ({ agent: String(row.agent), missedCalls: toNumber(row.missed), unreturnedMissedCalls: toNumber(row.unreturned) }));
}
