import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { fetchLeadResponses, type LeadResponse } from './lead-response.query.js';
import { nearestRank } from './nearest-rank.stats.js';
import { precomputedResponseCounts } from './precomputed/speed-to-lead.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { isUnfiltered } from './record-filter.sql.js';

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
  const range = options.range ?? ALL_TIME;
  const filter = await resolveRecordFilter(manager, options.filter);
  // Precomputed at import when current: exact for any range, which selects leads by creation; a filter reads the data.
  if (isUnfiltered(filter) && (await precomputedIsCurrent(manager))) return precomputedSpeed(manager, range);
  return summarizeSpeed(await fetchLeadResponses(manager, { range, filter }));
}

/** Speed to lead's shares are of leads first reached within these limits (ms, inclusive): 5 minutes, 1 hour, 24 hours. */
const LIMITS_MS = [5 * MINUTE_MS, 60 * MINUTE_MS, 24 * 60 * MINUTE_MS] as const;

/** What a speed-to-lead row is made of, however it was counted. */
interface SpeedCounts {
  readonly leads: number;
  readonly reached: number;
  /** Leads first reached within each of LIMITS_MS. */
  readonly within: readonly number[];
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

/** The speed-to-lead figures of any set of leads (all of a period's, or one source's), so every group is measured alike. */
export function summarizeSpeed(leads: readonly LeadResponse[]): SpeedToLeadRow {
  const delays = leads.filter((lead) => lead.firstResponseAt !== null).map((lead) => (lead.firstResponseAt ?? 0) - lead.createdAt);
  return summarizeDelays(leads.length, delays);
}

/** The same figures of `leads` leads, of which those reached took `delaysMs` (in any order) to their first response. */
export function summarizeDelays(leads: number, delaysMs: readonly number[]): SpeedToLeadRow {
  const delays = [...delaysMs].sort((a, b) => a - b);
  return speedRow({
    leads,
    reached: delays.length,
    within: LIMITS_MS.map((limit) => delays.filter((delay) => delay <= limit).length),
    medianMs: nearestRank(delays, 50),
    p90Ms: nearestRank(delays, 90),
  });
}

/** The same figures counted in SQL off the precomputed first responses, not read lead by lead. */
async function precomputedSpeed(manager: EntityManager, range: TimeRange): Promise<SpeedToLeadRow> {
  const counts = await precomputedResponseCounts(manager, range, LIMITS_MS);
  // The nearest rank, as nearestRank takes it: the ceil(p × n / 100)-th smallest of the n reached leads.
  const atRank = (percent: number) => (counts.reached === 0 ? null : counts.responseAtRank(Math.ceil((percent * counts.reached) / 100)));
  return speedRow({ ...counts, medianMs: await atRank(50), p90Ms: await atRank(90) });
}

function speedRow(counts: SpeedCounts): SpeedToLeadRow {
  const share = (index: number) => (counts.leads === 0 ? null : round4((counts.within[index] ?? 0) / counts.leads));
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    leads: counts.leads,
    reached: counts.reached,
    neverReached: counts.leads - counts.reached,
    medianSeconds: seconds(counts.medianMs),
    p90Seconds: seconds(counts.p90Ms),
    within5m: share(0),
    within1h: share(1),
    within24h: share(2),
  };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
