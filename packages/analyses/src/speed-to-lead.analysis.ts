import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { fetchLeadResponses } from './lead-response.query.js';
import { precomputedResponseCounts, type ResponseCounts } from './precomputed/speed-to-lead.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';

export interface SpeedToLeadOptions {
  /** Over the leads' creation times; a response may fall after the range. */
  readonly range?: TimeRange;
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
  const limits = [5 * MINUTE_MS, 60 * MINUTE_MS, 24 * 60 * MINUTE_MS];
  const counts = await responseCountsOf(manager, options.range ?? ALL_TIME, limits);
  const { leads, reached } = counts;
  const share = (index: number) => (leads === 0 ? null : round4((counts.within[index] ?? 0) / leads));
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  // The nearest rank (see nearestRank): the ceil(p × n / 100)-th smallest of the n reached leads.
  const percentile = async (percent: number) => (reached === 0 ? null : seconds(await counts.responseAtRank(Math.ceil((percent * reached) / 100))));
  return {
    leads,
    reached,
    neverReached: leads - reached,
    medianSeconds: await percentile(50),
    p90Seconds: await percentile(90),
    within5m: share(0),
    within1h: share(1),
    within24h: share(2),
  };
}

/**
 * The counts for the leads created in the range: precomputed at import when current (exact for
 * any range: it filters leads by creation), else from each lead's first response, found now.
 */
async function responseCountsOf(manager: EntityManager, range: TimeRange, limitsMs: readonly number[]): Promise<ResponseCounts> {
  if (await precomputedIsCurrent(manager)) return precomputedResponseCounts(manager, range, limitsMs);
  const leads = await fetchLeadResponses(manager, { range });
  const delays = leads
    .filter((lead) => lead.firstResponseAt !== null)
    .map((lead) => (lead.firstResponseAt ?? 0) - lead.createdAt)
    .sort((a, b) => a - b);
  return {
    leads: leads.length,
    reached: delays.length,
    within: limitsMs.map((limit) => delays.filter((delay) => delay <= limit).length),
    responseAtRank: async (rank) => delays[rank - 1] ?? null,
  };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
