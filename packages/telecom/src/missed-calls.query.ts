import { ALL_TIME, Customer, InvalidValueError, type TimeRange } from '@hcdm/core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import { ANSWERED } from './call-status.js';
import type { RecordCondition } from './record-condition.js';
import { SmsRecord } from './sms-record.entity.js';
import { toNumber } from './sql-number.js';
import { whereInRange } from './time-range.sql.js';

/** A missed call counts as returned when an outbound call or SMS follows within this many hours. */
export const DEFAULT_RETURN_WINDOW_HOURS = 24;

export interface MissedCallsOptions {
  /** Over the missed calls' timestamps; the return may fall after the range. */
  readonly range?: TimeRange;
  /** Hours after the missed call in which an outbound call or SMS returns it (default 24). */
  readonly windowHours?: number;
  /** Only the calls no outbound call or SMS returned within the window. */
  readonly unreturnedOnly?: boolean;
  /**
   * Only the missed calls this condition keeps: SQL over the missed call `mc` (a CallRecord)
   * written by the caller (a ranking's filter, `@hcdm/analyses`), with its named parameters.
   */
  readonly where?: RecordCondition;
}

/** An inbound call not answered (missed, voicemail, busy, failed), and when it was returned (null: not within the window). */
export interface MissedCall {
  readonly callId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly occurredAt: Date;
  readonly returnedAt: Date | null;
}

type Builder = SelectQueryBuilder<object>;

const HOUR_MS = 3_600_000;

/**
 * Inbound missed calls (every status but answered) in time order (ties by call id), each with its first return: the earliest
 * outbound call or SMS to the same customer at or after the missed call and at most
 * `windowHours` later (both ends included). Set-based: one statement, each return found by a
 * correlated lookup on the (customer, time) index.
 */
export async function findMissedCalls(manager: EntityManager, options: MissedCallsOptions = {}): Promise<MissedCall[]> {
  const windowMs = returnWindowMs(options.windowHours);
  const qb = manager
    .createQueryBuilder()
    .select('m.*')
    .from((sub) => missedWithReturns(sub, windowMs, options.range ?? ALL_TIME, options.where), 'm');
  if (options.unreturnedOnly) qb.where('m.call_return IS NULL AND m.sms_return IS NULL');
  const raw = await qb.orderBy('m.occurred_at', 'ASC').addOrderBy('m.call_id', 'ASC').getRawMany<Record<string, unknown>>();
  return raw.map(toMissedCall);
}

/** What one agent's missed calls come to: those handled by the agent, and of them the unreturned. */
export interface AgentMissedCalls {
  readonly agent: string;
  readonly missedCalls: number;
  readonly unreturnedMissedCalls: number;
}

export interface AgentMissedCallsOptions {
  readonly range?: TimeRange;
  readonly windowHours?: number;
  /** One agent only; every agent when absent. */
  readonly agent?: string;
  /** Only the missed calls this condition keeps: SQL over the missed call `mc`, as in {@link MissedCallsOptions}. */
  readonly where?: RecordCondition;
}

/**
 * Per agent named on missed calls in the range, their missed calls and how many of those no
 * outbound call or SMS (by anyone) returned within the window: the same missed calls and
 * returns as {@link findMissedCalls}, counted in one grouped statement. Calls without an agent
 * are left out; agents in byte order.
 */
export async function countMissedCallsByAgent(manager: EntityManager, options: AgentMissedCallsOptions = {}): Promise<AgentMissedCalls[]> {
  const windowMs = returnWindowMs(options.windowHours);
  const raw = await manager
    .createQueryBuilder()
    .select('m.agent', 'agent')
    .addSelect('COUNT(*)', 'missed')
    .addSelect('SUM(CASE WHEN m.call_return IS NULL AND m.sms_return IS NULL THEN 1 ELSE 0 END)', 'unreturned')
    .from((sub) => {
      const qb = missedWithReturns(sub, windowMs, options.range ?? ALL_TIME, options.where).andWhere('mc.agent IS NOT NULL');
      return options.agent === undefined ? qb : qb.andWhere('mc.agent = :agent', { agent: options.agent });
    }, 'm')
    .groupBy('m.agent')
    .orderBy('m.agent', 'ASC')
    .getRawMany<Record<string, unknown>>();
  return raw.map((row) => ({ agent: String(row.agent), missedCalls: toNumber(row.missed), unreturnedMissedCalls: toNumber(row.unreturned) }));
}

/** The return window in ms; a window of no hours (or not a number) is refused. */
function returnWindowMs(hours: number | undefined): number {
  const windowHours = hours ?? DEFAULT_RETURN_WINDOW_HOURS;
  if (!Number.isFinite(windowHours) || windowHours <= 0) {
    throw new InvalidValueError('windowHours', 'needs a number of hours above 0', windowHours);
  }
  return windowHours * HOUR_MS;
}

function missedWithReturns(sub: Builder, windowMs: number, range: TimeRange, where: RecordCondition | undefined): Builder {
  const qb = sub
    .select('mc.callId', 'call_id')
    .addSelect('mc.customerId', 'customer_id')
    .addSelect('cu.name', 'name')
    .addSelect('cu.phone', 'phone')
    .addSelect('mc.occurredAt', 'occurred_at')
    .addSelect('mc.agent', 'agent')
    .addSelect((first) => firstReturn(first, CallRecord), 'call_return')
    .addSelect((first) => firstReturn(first, SmsRecord), 'sms_return')
    .from(CallRecord, 'mc')
    .innerJoin(Customer, 'cu', 'cu.customerId = mc.customerId')
    // Every inbound call not answered is a missed call: missed, voicemail, busy and failed alike.
    .where('mc.direction = :inbound AND mc.status <> :answered', { inbound: 'inbound', answered: ANSWERED })
    .setParameters({ outbound: 'outbound', windowMs });
  if (where) qb.andWhere(where.condition, where.parameters);
  return whereInRange(qb, 'mc.occurredAt', range);
}

/** The earliest outbound record of `entity` returning the outer missed call `mc`, by column name. */
function firstReturn(sub: Builder, entity: typeof CallRecord | typeof SmsRecord): Builder {
  // ORDER BY ... LIMIT 1 rather than MIN: the index scan stops at the first outbound record.
  return sub
    .select('o.occurredAt')
    .from(entity, 'o')
    .where('o.customerId = mc.customer_id')
    .andWhere('o.direction = :outbound')
    .andWhere('o.occurredAt >= mc.occurred_at')
    .andWhere('o.occurredAt <= mc.occurred_at + :windowMs')
    .orderBy('o.occurredAt', 'ASC')
    .limit(1);
}

function toMissedCall(raw: Record<string, unknown>): MissedCall {
  const returns = [raw.call_return, raw.sms_return].filter((t) => t !== null && t !== undefined).map(Number);
  return {
    callId: String(raw.call_id),
    customerId: String(raw.customer_id),
    name: String(raw.name),
    phone: String(raw.phone),
    occurredAt: new Date(Number(raw.occurred_at)),
    returnedAt: returns.length > 0 ? new Date(Math.min(...returns)) : null,
  };
}
