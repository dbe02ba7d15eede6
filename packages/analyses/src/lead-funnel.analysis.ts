import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { compareIds } from './id-order.js';
import { labelKey } from './label-key.js';
import { LabelSpellings } from './label-spellings.js';
import { fetchSourceStatusCounts } from './lead-labels.sql.js';
import type { LeadStatusesConfig } from './lead-statuses/lead-statuses.config.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { shareOf } from './share.js';

/**
 * What a funnel row stands for: a stage of the order (`won` for the stages that count as won),
 * a lost status, a status the order does not name (`other`), or the leads without a status.
 */
export type FunnelRowKind = 'stage' | 'won' | 'lost' | 'other' | 'none';

export interface LeadFunnelOptions {
  /** The stage order and which statuses are won and lost. */
  readonly statuses: LeadStatusesConfig;
  /** Over the leads' creation times. */
  readonly range?: TimeRange;
  /**
   * Only the leads the filter keeps (README "Filters"): of a source, on the listings of a
   * location, owned by an agent. A value no lead, listing or record has is a NotFoundError.
   */
  readonly filter?: RecordFilter;
}

export interface LeadFunnelRow {
  /** The stage or status as configured (other statuses as most of their leads spell them); null for the leads without one. */
  readonly status: string | null;
  readonly kind: FunnelRowKind;
  /** Leads whose status is this one. */
  readonly leads: number;
  /**
   * For a stage, the leads at it or at a later stage (all leads for the first stage, where every
   * lead enters); for a row outside the order, its own leads.
   */
  readonly reached: number;
  /** `reached` over all the funnel's leads, 0 to 1 to 4 decimals; null without leads. */
  readonly share: number | null;
}

/**
 * The lead funnel: one row per configured stage in order, then the lost statuses (configured
 * order), then statuses the configuration does not name (most leads first, ties by status),
 * then the leads without a status (when there are any). Statuses are compared
 * case-insensitively. Reached counts never grow from one stage to the next.
 */
export async function leadFunnel(manager: EntityManager, options: LeadFunnelOptions): Promise<LeadFunnelRow[]> {
  const { statuses } = options;
  const filter = await resolveRecordFilter(manager, options.filter);
  const counts = await fetchSourceStatusCounts(manager, options.range ?? ALL_TIME, filter);
  const spellings = new LabelSpellings();
  let withoutStatus = 0;
  for (const { status, leads } of counts) {
    if (status === null) withoutStatus += leads;
    else spellings.add(status, leads);
  }
  const leadsAt = (key: string) => counts.reduce((sum, count) => sum + (count.status !== null && labelKey(count.status) === key ? count.leads : 0), 0);
  const total = counts.reduce((sum, count) => sum + count.leads, 0);
  const stageLeads = statuses.stages.map((stage) => leadsAt(labelKey(stage)));
  const wonKeys = new Set(statuses.won.map(labelKey));
  const row = (status: string | null, kind: FunnelRowKind, leads: number, reached: number): LeadFunnelRow => ({
    status,
    kind,
    leads,
    reached,
    share: shareOf(reached, total),
  });
  const stages = statuses.stages.map((stage, index) => {
    const atOrBeyond = stageLeads.slice(index).reduce((sum, leads) => sum + leads, 0);
    return row(stage, wonKeys.has(labelKey(stage)) ? 'won' : 'stage', stageLeads[index] ?? 0, index === 0 ? total : atOrBeyond);
  });
  const lost = statuses.lost.map((status) => {
    const leads = leadsAt(labelKey(status));
    return row(status, 'lost', leads, leads);
  });
  const named = new Set([...statuses.stages, ...statuses.lost].map(labelKey));
  const others = spellings
    .keys()
    .filter((key) => !named.has(key))
    .map((key) => {
      const leads = leadsAt(key);
      return row(spellings.nameOf(key), 'other', leads, leads);
    })
    .sort((a, b) => b.leads - a.leads || compareIds(a.status ?? '', b.status ?? ''));
  const none = withoutStatus > 0 ? [row(null, 'none', withoutStatus, withoutStatus)] : [];
  return [...stages, ...lost, ...others, ...none];
}
