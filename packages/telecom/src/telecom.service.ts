import { ALL_TIME, type TimeRange } from '@hcdm/core';
import { DataSource, type EntityManager } from 'typeorm';
import { countAgentActivity, type AgentActivity, type AgentActivityOptions } from './agent-activity.query.js';
import { countCallOutcomes, type CallOutcomeCount } from './call-outcomes.query.js';
import { countCallerNovelty, type CallerNovelty } from './caller-novelty.query.js';
import {
  countMissedCallsByAgent,
  findMissedCalls,
  type AgentMissedCalls,
  type AgentMissedCallsOptions,
  type MissedCall,
  type MissedCallsOptions,
} from './missed-calls.query.js';

/**
 * Telecom-only insights over calls and SMS (no leads or listings): missed calls and their
 * returns, new versus repeat callers, how calls ended, what each agent handled. Works over any DataSource holding the hcdm schema, or
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

  /** The calls in `range` per direction and status (see {@link countCallOutcomes}). */
  callOutcomes(range: TimeRange = ALL_TIME): Promise<CallOutcomeCount[]> {
    return countCallOutcomes(this.manager, range);
  }

  /** Per agent, their calls, talk time and SMS in the range (see {@link countAgentActivity}). */
  agentActivity(options: AgentActivityOptions = { range: ALL_TIME }): Promise<AgentActivity[]> {
    return countAgentActivity(this.manager, options);
  }

  /** Per agent, their missed calls and the unreturned ones (see {@link countMissedCallsByAgent}). */
  missedCallsByAgent(options: AgentMissedCallsOptions = {}): Promise<AgentMissedCalls[]> {
    return countMissedCallsByAgent(this.manager, options);
  }
}
