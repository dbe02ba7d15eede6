import type { TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { fetchLeadResponses } from './lead-response.query.js';
import { nearestRank } from './nearest-rank.stats.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';

export interface SpeedToLeadOptions {
  /** Over the leads' creation times; a response may fall after the range. */
  readonly range?: TimeRange;
  /** Only the leads the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
}

export interface SpeedToLeadRow {
  readonly leads: number;
  readonly reached: number;
  readonly neverReached: number;
  /** Nearest-rank percentiles of the reached leads' response times; null when none was reached. */
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
  /**
   * Shares of ALL leads (unreached ones included) first reached within 5 minutes, 1 hour and
   * 24 hours (inclusive), from 0 to 1 to 4 decimals; null without leads.
   */
  readonly within5m: number | null;
  readonly within1h: number | null;
  readonly within24h: number | null;
}

const MINUTE_MS = 60_000;

/**
 * Speed to lead: per lead, the time to the first outbound call or SMS to its customer at or
 * after the lead; summarized as the median and 90th percentile (nearest rank) over the reached
 * leads and the shares of all leads reached within 5 minutes, 1 hour and 24 hours.
 */
export async function speedToLead(manager: EntityManager, options: SpeedToLeadOptions = {}): Promise<SpeedToLeadRow> {
  const filter = await resolveRecordFilter(manager, options.filter);
  const leads = await fetchLeadResponses(manager, { range: options.range, filter });
  const delays = leads
    .filter((lead) => lead.firstResponseAt !== null)
    .map((lead) => (lead.firstResponseAt ?? 0) - lead.createdAt)
    .sort((a, b) => a - b);
  const share = (limitMs: number) => (leads.length === 0 ? null : round4(delays.filter((d) => d <= limitMs).length / leads.length));
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    leads: leads.length,
    reached: delays.length,
    neverReached: leads.length - delays.length,
    medianSeconds: seconds(nearestRank(delays, 50)),
    p90Seconds: seconds(nearestRank(delays, 90)),
    within5m: share(5 * MINUTE_MS),
    within1h: share(60 * MINUTE_MS),
    within24h: share(24 * 60 * MINUTE_MS),
  };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
