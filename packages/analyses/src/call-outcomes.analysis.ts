import { ALL_TIME, type TimeRange } from '@hcdm/core';
import { CALL_STATUSES, DIRECTIONS, TelecomService, type CallStatus, type Direction } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { precomputedCallOutcomes } from './precomputed/record-days.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import { roundedShares } from './share.rounding.js';

export interface CallOutcomesOptions {
  /** Over the calls' timestamps. */
  readonly range?: TimeRange;
}

/** The calls of one direction that ended in one status, and their share of that direction's calls. */
export interface CallOutcomeRow {
  readonly direction: Direction;
  readonly status: CallStatus;
  readonly calls: number;
  /** Of the direction's calls in the range, from 0 to 1 to 4 decimals; a direction's shares add up to 1. Null when it has no calls. */
  readonly share: number | null;
}

/**
 * How calls ended: one row per direction and status, all ten (inbound first, then outbound;
 * statuses answered, missed, voicemail, busy, failed), a status no call ended in with 0. The
 * calls of a direction's rows add up to its calls in the range, its shares to exactly 1
 * (largest-remainder rounding, {@link roundedShares}).
 */
export async function callOutcomes(manager: EntityManager, options: CallOutcomesOptions = {}): Promise<CallOutcomeRow[]> {
  const range = options.range ?? ALL_TIME;
  // Per day, direction and status the calls are counted at import, when current.
  const counted = (await precomputedIsCurrent(manager)) ? await precomputedCallOutcomes(manager, range) : await new TelecomService(manager).callOutcomes(range);
  return DIRECTIONS.flatMap((direction) => {
    const calls = CALL_STATUSES.map((status) => counted.find((row) => row.direction === direction && row.status === status)?.calls ?? 0);
    const shares = roundedShares(calls);
    return CALL_STATUSES.map((status, index) => ({ direction, status, calls: calls[index]!, share: shares[index]! }));
  });
}
