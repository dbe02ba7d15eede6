import type { HcdmSettings, TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import type { LeadScoreRow } from './scoring/lead-activity.scorer.js';
import { scoreLeads } from './scoring/score-leads.analysis.js';
import type { ScoringConfig } from './scoring/scoring.config.js';
import { customerSummary, type CustomerSummaryRow } from './customer-summary.analysis.js';
import { customerTimeline, type TimelineEvent } from './customer-timeline.analysis.js';

export interface CustomerProfileOptions {
  /** A customer id, or a phone in any spelling. */
  readonly customer: string;
  /** The default region (for the phone) and the zone (for timestamps). */
  readonly settings: HcdmSettings;
  /** How the leads are scored. */
  readonly scoring: ScoringConfig;
  /** Over the timestamps of everything counted or listed. */
  readonly range?: TimeRange;
  /** Epoch ms that score recency is measured from; by default the latest timestamp in the data. */
  readonly now?: number;
  /** The latest this many events; 20 by default. */
  readonly timelineLimit?: number;
}

/** One customer at a glance. */
export interface CustomerProfile {
  readonly summary: CustomerSummaryRow;
  /** Their leads as `show top N leads by score` scores them (with a period, those with something in it), best first. */
  readonly leads: LeadScoreRow[];
  /** Their latest calls, SMS and leads, newest first. */
  readonly timeline: TimelineEvent[];
}

/**
 * The activity summary, the scored leads and the latest events of one customer, found by id or
 * phone; an unknown one is a NotFoundError, before anything else is read.
 */
export async function customerProfile(manager: EntityManager, options: CustomerProfileOptions): Promise<CustomerProfile> {
  const { settings, range } = options;
  const summary = await customerSummary(manager, { customer: options.customer, settings, range });
  const { customerId } = summary;
  const leads = await scoreLeads(manager, { config: options.scoring, range, now: options.now, customerId });
  const timeline = await customerTimeline(manager, { customerId, range, timeZone: settings.timeZone, limit: options.timelineLimit });
  return { summary, leads, timeline };
}
