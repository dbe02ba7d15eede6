import { ALL_TIME, type TimeRange } from '@hcdm/core';
import { TelecomService, type CallerNovelty } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';

export type CallerNoveltyRow = CallerNovelty;

export interface CallerNoveltyOptions {
  /** The period; over all time every caller is new. */
  readonly range?: TimeRange;
}

/**
 * New callers (their first inbound call ever falls in the range) versus repeat callers (inbound
 * calls in the range, the first one before it), with the inbound calls in the range of each.
 */
export async function callerNovelty(manager: EntityManager, options: CallerNoveltyOptions = {}): Promise<CallerNoveltyRow> {
  return new TelecomService(manager).callerNovelty(options.range ?? ALL_TIME);
}
