import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { compareIds } from './id-order.js';
import { labelKey } from './label-key.js';
import { LabelSpellings } from './label-spellings.js';
import { fetchLeadLabels, fetchSourceActivity, fetchSourceSpellings } from './lead-labels.sql.js';
import { fetchLeadResponses } from './lead-response.query.js';
import type { LeadStatusesConfig } from './lead-statuses/lead-statuses.config.js';
import { precomputedSourceActivity, precomputedSourceLeads, precomputedSourceSpellings, type SourceLeads } from './precomputed/lead-activity.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import { isUnfiltered } from './record-filter.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter, ResolvedFilter } from './record-filter.types.js';
import { shareOf } from './share.js';
import { summarizeDelays } from './speed-to-lead.analysis.js';

/** What sources are ranked by; speed to lead ranks the fastest (lowest median) first. */
export type SourceMetric = 'leads' | 'engagement' | 'speedToLead' | 'conversion';

export interface LeadSourcesOptions {
  readonly metric: SourceMetric;
  /** Which statuses count as won. */
  readonly statuses: LeadStatusesConfig;
  /** Over the leads' creation times and the calls' and SMS' timestamps. */
  readonly range?: TimeRange;
  /** The first N rows; all when not given. */
  readonly limit?: number;
  /**
   * Only the leads the filter keeps and the calls and SMS it keeps among those attributed to
   * leads (README "Filters"); `source` keeps that source's row alone.
   */
  readonly filter?: RecordFilter;
}

export interface LeadSourceRow {
  /** The source as most of its leads spell it; null for the leads without one. */
  readonly source: string | null;
  /** Leads created in the range with this source. */
  readonly leads: number;
  /** Calls and SMS in the range attributed to the source's leads (whenever those were made). */
  readonly calls: number;
  readonly sms: number;
  readonly engagement: number;
  /** Nearest-rank median of the reached leads' speed to lead, in seconds (as `speedToLead`); null when none was reached. */
  readonly medianSeconds: number | null;
  /** Of the source's leads, those an outbound call or SMS ever followed, and their share of its leads. */
  readonly reached: number;
  readonly reachedShare: number | null;
  /** Of the source's leads, those whose status is a won status, and their share of its leads. */
  readonly won: number;
  readonly conversion: number | null;
}

/**
 * One row per lead source (its spellings folded case-insensitively), every source any lead has
 * listed, zeros included, and one row for the leads without a source: so the rows' leads add up
 * to all leads of the range (that the filter keeps). Ranked by `metric`, ties by source
 * (code-unit order), the row without a source last; a median or conversion that is null
 * (nothing to measure) ranks last.
 */
export async function leadSources(manager: EntityManager, options: LeadSourcesOptions): Promise<LeadSourceRow[]> {
  const range = options.range ?? ALL_TIME;
  const filter = await resolveRecordFilter(manager, options.filter);
  // Each lead's source, first response, and over all time its attributed calls and SMS, are
  // precomputed at import, when current; they are unfiltered, so a filter reads the data.
  const precomputed = isUnfiltered(filter) && (await precomputedIsCurrent(manager));
  // The spellings are of all time, so a source without leads in the range (or the filter) still has its row.
  const spellings = precomputed ? await precomputedSourceSpellings(manager) : await fetchSourceSpellings(manager);
  const allTime = range.from === null && range.to === null;
  const leads = precomputed ? await precomputedSourceLeads(manager, range) : await sourceLeads(manager, range, filter);
  const activity = precomputed && allTime ? await precomputedSourceActivity(manager) : await fetchSourceActivity(manager, range, filter);
  const names = new LabelSpellings();
  for (const { value, leads: count } of spellings) if (value !== null) names.add(value, count);
  const groups = new Map<string | null, SourceGroup>();
  const groupOf = (source: string | null) => {
    const key = source === null ? null : labelKey(source);
    const group = groups.get(key) ?? newGroup();
    groups.set(key, group);
    return group;
  };
  for (const { value } of spellings) groupOf(value);
  const wonKeys = new Set(options.statuses.won.map(labelKey));
  for (const lead of leads) {
    const group = groupOf(lead.source);
    group.leads += lead.leads;
    for (const delay of lead.responseMs) group.delaysMs.push(delay);
    if (lead.status !== null && wonKeys.has(labelKey(lead.status))) group.won += lead.leads;
  }
  for (const { source, calls, sms } of activity) {
    const group = groupOf(source);
    group.calls += calls;
    group.sms += sms;
  }
  const kept = keptSources(filter);
  const rows = [...groups]
    .filter(([key]) => kept === null || (key !== null && kept.has(key)))
    .map(([key, group]) => toRow(key === null ? null : names.nameOf(key), group));
  rows.sort((a, b) => RANKINGS[options.metric](a, b) || compareSources(a.source, b.source));
  return options.limit === undefined ? rows : rows.slice(0, options.limit);
}

/** The keys of the sources a `source` filter keeps (one row, or several stored spellings of it); null: every source. */
function keptSources(filter: ResolvedFilter): Set<string> | null {
  return filter.source === null ? null : new Set(filter.source.map(labelKey));
}

/** The leads of the range that the filter keeps, read from the data: their sources and statuses, and their first responses. */
async function sourceLeads(manager: EntityManager, range: TimeRange, filter: ResolvedFilter): Promise<SourceLeads[]> {
  const labels = new Map((await fetchLeadLabels(manager, range)).map((lead) => [lead.leadId, lead]));
  // One group per lead: the ranking adds the groups up.
  return (await fetchLeadResponses(manager, { range, filter })).map((response) => {
    const lead = labels.get(response.leadId);
    const responseMs = response.firstResponseAt === null ? [] : [response.firstResponseAt - response.createdAt];
    return { source: lead?.source ?? null, status: lead?.status ?? null, leads: 1, responseMs };
  });
}

interface SourceGroup {
  leads: number;
  readonly delaysMs: number[];
  won: number;
  calls: number;
  sms: number;
}

function newGroup(): SourceGroup {
  return { leads: 0, delaysMs: [], won: 0, calls: 0, sms: 0 };
}

function toRow(source: string | null, group: SourceGroup): LeadSourceRow {
  const speed = summarizeDelays(group.leads, group.delaysMs);
  const leads = group.leads;
  return {
    source,
    leads,
    calls: group.calls,
    sms: group.sms,
    engagement: group.calls + group.sms,
    medianSeconds: speed.medianSeconds,
    reached: speed.reached,
    reachedShare: shareOf(speed.reached, leads),
    won: group.won,
    conversion: shareOf(group.won, leads),
  };
}

type Ranking = (a: LeadSourceRow, b: LeadSourceRow) => number;

/** A value to rank by, null ranking after every number. */
function nullsLast(a: number | null, b: number | null, order: 1 | -1): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return (a - b) * order;
}

const RANKINGS: Record<SourceMetric, Ranking> = {
  leads: (a, b) => b.leads - a.leads,
  engagement: (a, b) => b.engagement - a.engagement,
  speedToLead: (a, b) => nullsLast(a.medianSeconds, b.medianSeconds, 1),
  conversion: (a, b) => nullsLast(a.conversion, b.conversion, -1),
};

function compareSources(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareIds(a, b);
}
