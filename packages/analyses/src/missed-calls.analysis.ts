import { ALL_TIME, formatInstant, type TimeRange } from '@hcdm/core';
import { DEFAULT_RETURN_WINDOW_HOURS, TelecomService, type MissedCall } from '@hcdm/telecom';
import { precomputedMissedCalls } from './precomputed/missed-calls.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import type { EntityManager } from 'typeorm';

export interface MissedCallsAnalysisOptions {
  /** Over the missed calls' timestamps; a return may fall after the range. */
  readonly range?: TimeRange;
  /** Hours after a missed call in which an outbound call or SMS returns it; 24 by default. */
  readonly windowHours?: number;
  /** Only the calls not returned within the window. */
  readonly unreturnedOnly?: boolean;
  /** For the timestamps; UTC by default. */
  readonly timeZone?: string;
}

export interface MissedCallRow {
  readonly callId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  /** ISO in the zone. */
  readonly timestamp: string;
  readonly returned: boolean;
  /** The first outbound call or SMS to the customer at or after the missed call, at most windowHours later. */
  readonly returnedAt: string | null;
  /** Seconds from the missed call to its return; null when not returned. */
  readonly returnSeconds: number | null;
}

/** Inbound missed calls in time order (ties by call id), each with whether and when it was returned. */
export async function missedCalls(manager: EntityManager, options: MissedCallsAnalysisOptions = {}): Promise<MissedCallRow[]> {
  const { timeZone = 'UTC', ...query } = options;
  const windowHours = query.windowHours ?? DEFAULT_RETURN_WINDOW_HOURS;
  // The first return of every missed call is precomputed at import; a bad window is the service's error to give.
  const precomputed = Number.isFinite(windowHours) && windowHours > 0 && (await precomputedIsCurrent(manager));
  const calls = precomputed
    ? await precomputedMissedCalls(manager, { range: query.range ?? ALL_TIME, windowHours, unreturnedOnly: query.unreturnedOnly === true })
    : await new TelecomService(manager).missedCalls(query);
  return calls.map((call) => toRow(call, timeZone));
}

function toRow(call: MissedCall, timeZone: string): MissedCallRow {
  return {
    callId: call.callId,
    customerId: call.customerId,
    name: call.name,
    phone: call.phone,
    timestamp: formatInstant(call.occurredAt, timeZone),
    returned: call.returnedAt !== null,
    returnedAt: call.returnedAt === null ? null : formatInstant(call.returnedAt, timeZone),
    returnSeconds: call.returnedAt === null ? null : (call.returnedAt.getTime() - call.occurredAt.getTime()) / 1000,
  };
}
