import { ALL_TIME, formatInstant, type TimeRange } from '@hcdm/core';
import { DEFAULT_RETURN_WINDOW_HOURS, TelecomService, type MissedCall } from '@hcdm/telecom';
import { precomputedMissedCalls } from './precomputed/missed-calls.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import type { EntityManager } from 'typeorm';
import { isUnfiltered } from './record-filter.sql.js';
import { keptRecords } from './record-scope.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';

export interface MissedCallsAnalysisOptions {
  /** Over the missed calls' timestamps; a return may fall after the range. */
  readonly range?: TimeRange;
  /** Hours after a missed call in which an outbound call or SMS returns it; 24 by default. */
  readonly windowHours?: number;
  /** Only the calls not returned within the window. */
  readonly unreturnedOnly?: boolean;
  /** For the timestamps; UTC by default. */
  readonly timeZone?: string;
  /** Only the missed calls the filter keeps (README "Filters"); the return counts whoever made it. */
  readonly filter?: RecordFilter;
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
  const { timeZone = 'UTC', filter: written, ...query } = options;
  const filter = await resolveRecordFilter(manager, written);
  const windowHours = query.windowHours ?? DEFAULT_RETURN_WINDOW_HOURS;
  // The first return of every missed call is precomputed at import; a bad window is the service's
  // error to give, and a filter reads the data.
  const precomputed = isUnfiltered(filter) && Number.isFinite(windowHours) && windowHours > 0 && (await precomputedIsCurrent(manager));
  const where = keptRecords(filter, 'mc');
  const calls = precomputed
    ? await precomputedMissedCalls(manager, { range: query.range ?? ALL_TIME, windowHours, unreturnedOnly: query.unreturnedOnly === true })
    : await new TelecomService(manager).missedCalls({ ...query, where });
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
