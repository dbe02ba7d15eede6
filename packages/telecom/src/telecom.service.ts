import { ALL_TIME, type TimeRange } from '@hcdm/core';
import { DataSource, type EntityManager } from 'typeorm';
import { countCallerNovelty, type CallerNovelty } from './caller-novelty.query.js';
import { findMissedCalls, type MissedCall, type MissedCallsOptions } from './missed-calls.query.js';

/**
 * Telecom-only insights over calls and SMS (no leads or listings): missed calls and their
 * returns, new versus repeat callers. Works over any DataSource holding the hcdm schema, or
 * over an EntityManager (inside a transaction).
 */
export class TelecomService {
  private readonly manager: EntityManager;

  constructor(source: DataSource | EntityManager) {
    this.manager = source instanceof DataSource ? source.manager : source;
  }

  /** Inbound missed calls in time order, each with its return (see {@link findMissedCalls}). */
  missedCalls(options: MissedCallsOptions = {}): Promise<MissedCall[]> {
    return findMissedCalls(this.manager, options);
  }

  /** The missed calls no outbound call or SMS returned within the window. */
  unreturnedMissedCalls(options: Omit<MissedCallsOptions, 'unreturnedOnly'> = {}): Promise<MissedCall[]> {
    return findMissedCalls(this.manager, { ...options, unreturnedOnly: true });
  }

  /** New versus repeat inbound callers in `range` (see {@link countCallerNovelty}). */
  callerNovelty(range: TimeRange = ALL_TIME): Promise<CallerNovelty> {
    return countCallerNovelty(this.manager, range);
  }
}
